package dev.ormkit.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A keyset page with a two-level plan is 3 statements; the first keyset page of an entity and order in a session
 * factory adds one catalog query (the index check), so it is 4.
 */
@PostgresTest
class KeysetFirstPageStatementsTest {

    @Test
    void theFirstKeysetPageOfAnOrderAddsOneCatalogQueryLaterPagesDoNot(TestDatabase database) {
        SqlCapture log = new SqlCapture();
        try (OrmKit orm = Clinic.start(database, log, builder -> builder)) {
            Clinic.seed(database, 120, 120, 2, 1);
            QuerySpec<Owner> byName = QuerySpec.<Owner>all().orderBy(Sort.asc("name")).fetch("pets.visits");
            orm.inTransaction(session -> {
                EntityRepository<Owner> owners = new EntityRepository<>(Owner.class, () -> session);
                log.clear();
                CursoredPage<Owner> first = owners.scroll(byName, PageRequest.ofSize(50));
                assertThat(log.log().statements()).as(log.log().toString()).hasSize(4)
                        .anySatisfy(statement -> assertThat(statement.sql()).contains("pg_index"));
                log.clear();
                owners.scroll(byName, first.nextPageRequest().orElseThrow());
                assertThat(log.log().statements()).as(log.log().toString()).hasSize(3)
                        .noneSatisfy(statement -> assertThat(statement.sql()).contains("pg_index"));
            });
            orm.inTransaction(session -> {
                log.clear();
                new EntityRepository<>(Owner.class, () -> session).scroll(byName, PageRequest.ofSize(50));
                assertThat(log.log().statements()).as("checked once per factory, not per session").hasSize(3);
            });
        }
    }
}
