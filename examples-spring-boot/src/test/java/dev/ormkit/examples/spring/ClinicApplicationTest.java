package dev.ormkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** ormkit entities in a Spring Boot 4 application, tested under the JUnit 6 that Spring Boot 4 brings. */
@AutoConfigureTestPostgres
@SpringBootTest(properties = {"spring.jpa.hibernate.ddl-auto=create", "spring.jpa.properties.hibernate.generate_statistics=true",
        "ormkit.cursor-secret=test-only-secret-0123456789abcdef0123"})
class ClinicApplicationTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    VetRepository vets;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    Statistics statistics;

    @BeforeEach
    void resetStatistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
    }

    @Test
    void springDataSavesANewOrmKitEntityWithoutASelect() {
        Vet vet = vets.save(new Vet("James Carter", "radiology"));

        assertThat(statistics.getPrepareStatementCount()).as("only the INSERT").isEqualTo(1);
        assertThat(vet.getVersion()).isZero();
        assertThat(vet.getId().version()).isEqualTo(7);
    }

    @Test
    void bootsOwnPoolHasOrmKitsSessionSettingsWithoutAnyWiring() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_setting('statement_timeout'), "
                        + "current_setting('lock_timeout'), current_setting('TimeZone')")) {
            result.next();
            assertThat(List.of(result.getString(1), result.getString(2), result.getString(3)))
                    .containsExactly("1min", "30s", "UTC");
        }
    }

    @Test
    void timestampsComeFromTheApplicationsClockBean() {
        Vet vet = vets.save(new Vet("Helen Leary", "surgery"));

        Vet loaded = vets.findById(vet.getId()).orElseThrow();
        assertThat(loaded.getCreatedAt()).isEqualTo(NOW);
        assertThat(loaded.getUpdatedAt()).isEqualTo(NOW);
        assertThat(loaded).isEqualTo(vet);
    }

    @Test
    void derivedQueriesAndUpdatesWork() {
        vets.save(new Vet("Linda Douglas", "dentistry"));
        Vet rafael = vets.save(new Vet("Rafael Ortega", "surgery"));

        rafael.specialiseIn("dentistry");
        vets.save(rafael);

        assertThat(vets.findBySpecialtyOrderByName("dentistry")).extracting(Vet::getName)
                .containsExactly("Linda Douglas", "Rafael Ortega");
        assertThat(vets.findById(rafael.getId()).orElseThrow().getVersion()).isEqualTo(1L);
    }
}
