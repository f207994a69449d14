package dev.ormkit.examples.docs.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.Like;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.examples.clinic.Owner;
import dev.ormkit.examples.clinic.Pet;
import dev.ormkit.examples.clinic.Vet;
import dev.ormkit.examples.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.StatementKind;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

// tag::repository[]
final class OwnerRepository extends EntityRepository<Owner> {

    OwnerRepository(Supplier<? extends EntityManager> entityManager) {
        super(Owner.class, entityManager);
    }

    List<Owner> inCityNamed(String city, String namePrefix) {
        return list(QuerySpec.<Owner>where("e.city = :city").bind("city", city)
                .and(Like.startsWith("name", namePrefix))
                .orderBy(Sort.asc("name")));
    }
}

// end::repository[]

/** The snippets of README.md and docs/paging-and-fetching.md, run on the example clinic's model. */
@PostgresTest(entities = {Owner.class, Pet.class, Visit.class, Vet.class}, customizers = Auditors.class)
class PagingSnippetsTest {

    @BeforeAll
    static void seed(OrmKit orm) {
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            Owner owner = new Owner("owner " + i, i % 2 == 0 ? "Madison" : "Monona", "owner" + i + "@example.com");
            owner.adopt("pet " + i, "cat");
            owners.add(owner);
        }
        // tag::repository[]
        orm.inTransaction(session -> new OwnerRepository(() -> session).saveAll(owners));
        // end::repository[]
    }

    @Test
    void scrollsAPageWithPetsAndVisitsInThreeStatements(OrmKit orm, SqlCapture sql) {
        sql.record(() -> orm.inTransaction(session -> {
            // tag::readme-scroll[]
            CursoredPage<Owner> page = new OwnerRepository(() -> session).scroll(
                    QuerySpec.<Owner>where("e.city = :city").bind("city", "Madison")
                            .orderBy(Sort.asc("name")).fetch("pets.visits"),
                    PageRequest.ofSize(50));      // 3 statements whatever the page size (+1 catalog query the first time)
            // end::readme-scroll[]
            assertThat(page.content()).hasSize(35);
        })).assertAtMost(StatementKind.SELECT, 4);
    }

    @Test
    void likeHelpersEscapeTheInput(OrmKit orm) {
        String input = "owner 1_";
        // tag::like[]
        QuerySpec<Owner> prefix = QuerySpec.<Owner>matching(Like.startsWith("name", input));   // name like 'input%', input escaped
        QuerySpec<Owner> anywhere = QuerySpec.<Owner>all().and(Like.contains("name", input));  // also endsWith,
                                       // startsWithIgnoringCase, containsIgnoringCase; paths like "owner.name"
        // end::like[]
        // tag::like-pattern[]
        QuerySpec<Owner> explicit = QuerySpec.<Owner>where("e.name like :name escape :escape")
                .bind("name", Like.prefixPattern(input))    // also containsPattern, suffixPattern, escape
                .bind("escape", Like.ESCAPE);
        // end::like-pattern[]
        List<QuerySpec<Owner>> specs = List.of(prefix, anywhere);
        orm.inTransaction(session -> {
            OwnerRepository owners = new OwnerRepository(() -> session);
            specs.forEach(spec -> assertThat(owners.count(spec)).isZero());
            assertThat(owners.count(explicit)).isZero();
            assertThat(owners.inCityNamed("Madison", "owner 1")).hasSize(5);
        });
    }

    @Test
    void offsetPagesCountOnlyWhenAsked(OrmKit orm) {
        orm.inTransaction(session -> {
            OwnerRepository owners = new OwnerRepository(() -> session);
            QuerySpec<Owner> inCity1 = QuerySpec.<Owner>where("e.city = :city").bind("city", "Monona")
                    .orderBy(Sort.asc("name"));
            // tag::offset[]
            Page<Owner> page = owners.page(inCity1, PageRequest.ofSize(4).page(2));
            page.hasNext();      // known without counting: size + 1 rows are read
            page.hasTotals();    // false: not asked for
            Page<Owner> counted = owners.page(inCity1, PageRequest.ofSize(4).withTotal());
            counted.totalElements();
            // end::offset[]
            assertThat(page.hasNext()).isTrue();
            assertThat(page.hasTotals()).isFalse();
            assertThat(counted.totalElements()).isEqualTo(35);
        });
    }

    @Test
    void keysetPagesGoForwardAndBack(OrmKit orm) {
        orm.inTransaction(session -> {
            OwnerRepository repo = new OwnerRepository(() -> session);
            QuerySpec<Owner> spec = QuerySpec.<Owner>all().orderBy(Sort.asc("name"));
            // tag::keyset[]
            CursoredPage<Owner> page = repo.scroll(spec, PageRequest.ofSize(30));
            while (page.hasNext()) {
                page = repo.scroll(spec, page.nextPageRequest().orElseThrow());
            }
            // and back:
            page = repo.scroll(spec, page.previousPageRequest().orElseThrow());
            // end::keyset[]
            assertThat(page.content()).hasSize(30);
        });
    }
}
