package dev.ormkit.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/** Which calls on an uninitialised to-one proxy strict mode counts as a lazy load, as the docs state it. */
@PostgresTest
class StrictFetchProxyMethodsTest {

    @Test
    void toStringEqualsHashCodeAndGetIdNeverLoadButInitialiseAndGettersDo(TestDatabase database) {
        SqlCapture log = new SqlCapture();
        try (OrmKit strict = Clinic.start(database, log, builder -> builder.strictFetch(true))) {
            Clinic.seed(database, 2, 2, 1, 0);
            strict.inTransaction(session -> {
                Pet pet = new EntityRepository<>(Pet.class, () -> session)
                        .page(QuerySpec.all(), PageRequest.ofSize(1)).content().get(0);
                Owner proxy = pet.getOwner();
                log.clear();

                assertThat(proxy.toString()).isEqualTo("Owner[" + proxy.getId() + "]");
                Set<Owner> owners = new HashSet<>(Set.of(proxy));
                assertThat(owners).contains(proxy);
                assertThat(proxy).isEqualTo(proxy);
                assertThat(Hibernate.isInitialized(proxy)).isFalse();
                assertThat(log.log().statements()).as("no SQL").isEmpty();

                assertThatThrownBy(() -> Hibernate.initialize(proxy)).isInstanceOf(LazyLoadOutsidePlanException.class);
                assertThatThrownBy(proxy::getName).isInstanceOf(LazyLoadOutsidePlanException.class);
                assertThat(log.log().statements()).as("stopped before any SQL").isEmpty();
            });
        }
    }
}
