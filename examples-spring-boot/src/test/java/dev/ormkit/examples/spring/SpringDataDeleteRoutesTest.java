package dev.ormkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.SoftDeleteException;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every delete method of a Spring Data JPA repository, on Spring Boot's own JPA bootstrap with no ormkit setting
 * for soft delete: each soft-deletes (row kept, {@code deleted_at} and {@code deleted_by} set, version
 * incremented), or — for an entity that cannot be soft-deleted in bulk — is refused with nothing changed.
 * Rows are read with plain JDBC.
 */
@AutoConfigureTestPostgres
@SpringBootTest(properties = {"spring.jpa.hibernate.ddl-auto=create", "ormkit.cursor-secret=test-only-secret-0123456789abcdef0123"})
class SpringDataDeleteRoutesTest {

    @AfterAll
    static void signOut() {
        SignedIn.signOut();
    }

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    PatientRecords patients;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void signIn() {
        SignedIn.as("dr-ada");
    }

    private List<Appointment> saved(int count) {
        String room = "room-" + UUID.randomUUID();
        return appointments.saveAll(java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new Appointment(room)).toList());
    }

    private void assertSoftDeleted(List<Appointment> rows) {
        for (Appointment row : rows) {
            query("select deleted_at, deleted_by, version from appointment where id = ?", row.getId(), result -> {
                assertThat(result.next()).as("row %s still exists", row.getId()).isTrue();
                assertThat(result.getTimestamp(1)).as("deleted_at").isNotNull();
                assertThat(result.getString(2)).as("deleted_by").isEqualTo("dr-ada");
                assertThat(result.getLong(3)).as("version").isEqualTo(1L);
            });
        }
    }

    @Test
    void deleteSoftDeletes() {
        List<Appointment> rows = saved(1);
        appointments.delete(rows.get(0));
        assertSoftDeleted(rows);
    }

    @Test
    void deleteByIdSoftDeletes() {
        List<Appointment> rows = saved(1);
        appointments.deleteById(rows.get(0).getId());
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllOfSomeSoftDeletes() {
        List<Appointment> rows = saved(2);
        appointments.deleteAll(rows);
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllInBatchSoftDeletes() {
        List<Appointment> rows = saved(2);
        appointments.deleteAllInBatch(rows);
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllByIdInBatchSoftDeletes() {
        List<Appointment> rows = saved(2);
        appointments.deleteAllByIdInBatch(rows.stream().map(Appointment::getId).toList());
        assertSoftDeleted(rows);
    }

    @Test
    void derivedDeleteBySoftDeletes() {
        List<Appointment> rows = saved(2);
        assertThat(appointments.deleteByRoom(rows.get(0).getRoom())).isEqualTo(2);
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllAndDeleteAllInBatchSoftDeleteEveryRow() {
        List<Appointment> first = saved(2);
        appointments.deleteAll();
        List<Appointment> second = saved(2);
        appointments.deleteAllInBatch();
        assertSoftDeleted(first);
        assertSoftDeleted(second);
        assertThat(appointments.count()).isZero();
    }

    @Test
    void restoreAndPurgeWorkOnSpringsSharedEntityManager() {
        List<Appointment> rows = saved(1);
        UUID id = rows.get(0).getId();
        appointments.delete(rows.get(0));

        int restored = transactions.execute(status -> SoftDeletes.restore(entityManager, Appointment.class, id));
        assertThat(restored).isOne();
        assertThat(appointments.findById(id)).isPresent();

        appointments.deleteById(id);
        boolean purged = transactions.execute(status -> SoftDeletes.purge(entityManager,
                SoftDeletes.includingDeleted(entityManager, () -> entityManager.find(Appointment.class, id))));
        assertThat(purged).isTrue();
        query("select count(*) from appointment where id = ?", id, result -> {
            result.next();
            assertThat(result.getLong(1)).isZero();
        });
    }

    @Test
    void aBulkDeleteOfAChangeLoggedEntityIsRefusedWithNothingChanged() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/ormkit/audit").table("ormkit_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        Patient patient = patients.save(new Patient("Rex", "dog"));

        assertThatThrownBy(() -> patients.deleteAllInBatch(List.of(patient)))
                .isInstanceOf(SoftDeleteException.class)
                .hasMessageContaining("Patient")
                .hasMessageContaining("ChangeLogged");

        query("select deleted_at from patient where id = ?", patient.getId(), result -> {
            assertThat(result.next()).isTrue();
            assertThat(result.getTimestamp(1)).isNull();
        });
        patients.delete(patient);
        query("select deleted_at from patient where id = ?", patient.getId(),
                result -> assertThat(result.next() && result.getTimestamp(1) != null).isTrue());
    }

    private void query(String sql, UUID id, RowCheck check) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet result = statement.executeQuery()) {
                check.accept(result);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private interface RowCheck {
        void accept(ResultSet result) throws SQLException;
    }
}
