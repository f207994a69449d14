package dev.ormkit.examples.clinic;

import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.AuditorProvider;
import dev.ormkit.audit.ChangeLog;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.fetch.LazyLoadOutsidePlanException;
import dev.ormkit.core.observe.LazyLoadReport;
import dev.ormkit.core.observe.NPlusOneReport;
import dev.ormkit.core.observe.OrmKitEvent;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.migration.MigrationLinter;
import dev.ormkit.testkit.schema.SchemaRules;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The example application: a veterinary clinic on ormkit. It finds PostgreSQL the way the tests do, migrates a
 * fresh database with Flyway, checks the schema and the migrations, seeds owners, pets, visits and vets, and
 * prints a short tour of what ormkit did. Run it with {@code ./mvnw -q -pl examples -am -Pexample package}.
 */
public final class ClinicTour {

    static final int OWNERS = 120;

    private final OrmKit orm;
    private final SqlCapture sql;
    private final AtomicReference<String> user;
    private final PrintStream out;
    private final List<OrmKitEvent> reports;

    ClinicTour(OrmKit orm, SqlCapture sql, AtomicReference<String> user, PrintStream out, List<OrmKitEvent> reports) {
        this.orm = orm;
        this.sql = sql;
        this.user = user;
        this.out = out;
        this.reports = reports;
    }

    public static void main(String[] args) {
        PostgresServer server = PostgresServer.shared();
        System.out.println("PostgreSQL: " + server.description());
        try (TestDatabase database = server.createDatabase("ormkit_clinic_example")) {
            run(database.dataSource(), System.out);
        }
    }

    /** Migrates, checks, starts ormkit on {@code dataSource} (an empty database) and runs the tour. */
    static void run(DataSource dataSource, PrintStream out) {
        int migrations = migrate(dataSource);
        int violations = SchemaRules.defaults().check(dataSource).size();
        int findings = MigrationLinter.lint(migrationsDirectory()).size();
        out.printf("Migrated a fresh database: %d migrations; schema rules: %d violations; migration lint: %d findings%n",
                migrations, violations, findings);
        SqlCapture sql = new SqlCapture();
        AtomicReference<String> user = new AtomicReference<>();
        List<OrmKitEvent> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (OrmKit orm = OrmKit.builder()
                .dataSource(sql.wrap(dataSource))
                .entities(Owner.class, Pet.class, Visit.class, Vet.class)
                .strictFetch(true)
                .nPlusOneThreshold(10)
                .listener(event -> {
                    if (event instanceof NPlusOneReport || event instanceof LazyLoadReport) {
                        reports.add(event);
                    }
                })
                .property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> Optional.ofNullable(user.get()))
                .property("hibernate.hbm2ddl.auto", "validate")
                .build()) {
            new ClinicTour(orm, sql, user, out, reports).tour();
        }
    }

    static int migrate(DataSource dataSource) {
        int applied = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .migrate().migrationsExecuted;
        return applied + Flyway.configure().dataSource(dataSource).locations("classpath:db/ormkit/audit")
                .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load()
                .migrate().migrationsExecuted;
    }

    static Path migrationsDirectory() {
        try {
            return Path.of(ClinicTour.class.getResource("/db/migration").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void tour() {
        seed();
        pages();
        softDeleteAndRestore();
        strictMode();
        reportMode();
        longWork();
        out.println();
        out.println("Done.");
    }

    private void seed() {
        SqlLog log = sql.record(() -> Auditing.as("seed-script", () -> orm.inTransaction(session -> {
            List<Vet> vets = List.of(new Vet("James Carter", "general"), new Vet("Helen Leary", "radiology"),
                    new Vet("Linda Douglas", "surgery"));
            vets.forEach(session::persist);
            List<Owner> owners = new ArrayList<>();
            for (int i = 0; i < OWNERS; i++) {
                Owner owner = new Owner(String.format("Owner %03d", i), i % 2 == 0 ? "Madison" : "Monona",
                        "owner" + i + "@example.com");
                for (int p = 0; p < 2; p++) {
                    Pet pet = owner.adopt("Pet " + i + "-" + p, p == 0 ? "cat" : "dog");
                    pet.visit(LocalDate.of(2026, 1, 1).plusDays(i), "check-up", vets.get(i % 3));
                    pet.visit(LocalDate.of(2026, 6, 1).plusDays(i), "vaccination", vets.get((i + 1) % 3));
                }
                owners.add(owner);
            }
            new OwnerRepository(() -> session).saveAll(owners);
        })));
        out.printf("%nSeeded %d owners, %d pets, %d visits, 3 vets as actor 'seed-script': %d INSERT batches, 0 SELECTs.%n",
                OWNERS, OWNERS * 2, OWNERS * 4, log.count(dev.ormkit.testkit.sql.StatementKind.INSERT));
    }

    private void pages() {
        SqlLog first = sql.record(() -> orm.inTransaction(session -> {
            Page<Owner> page = new OwnerRepository(() -> session).byName(PageRequest.ofSize(50).withTotal());
            out.printf("%nOffset page 1 of %d (%d owners in all): %s ... %s, each with %d pets and %d visits.%n",
                    page.totalPages(), page.totalElements(), page.content().get(0).getName(),
                    page.content().get(49).getName(), page.content().get(0).getPets().size(),
                    page.content().get(0).getPets().get(0).getVisits().size());
        }));
        out.printf("  %d statements for 50 owners + pets + visits + the count (no N+1).%n", first.statements().size());
        first.assertNoNPlusOne();

        AtomicReference<String> cursor = new AtomicReference<>();
        SqlLog keyset = sql.record(() -> orm.inTransaction(session -> {
            OwnerRepository owners = new OwnerRepository(() -> session);
            CursoredPage<Owner> one = owners.scrollByName(PageRequest.ofSize(50));
            CursoredPage<Owner> two = owners.scrollByName(one.nextPageRequest().orElseThrow());
            cursor.set(one.nextCursor().orElseThrow());
            out.printf("%nKeyset pages: page 1 ends at %s, page 2 runs %s ... %s.%n",
                    one.content().get(49).getName(), two.content().get(0).getName(),
                    two.content().get(two.content().size() - 1).getName());
        }));
        out.printf("  %d statements for two pages (3 each, and ormkit's one-time check that an index leads the sort keys);%n"
                + "  the next-page cursor is signed: %s...%n",
                keyset.statements().size(), cursor.get().substring(0, Math.min(24, cursor.get().length())));
    }

    private void softDeleteAndRestore() {
        UUID id = orm.fromTransaction(session -> new OwnerRepository(() -> session)
                .list(dev.ormkit.core.query.QuerySpec.<Owner>where("e.email = :email")
                        .bind("email", "owner7@example.com").limit(1)).get(0).getId());
        user.set("alice");
        SqlLog delete = sql.record(() -> orm.inTransaction(session ->
                new OwnerRepository(() -> session).delete(session.find(Owner.class, id))));
        long live = orm.fromTransaction(session -> new OwnerRepository(() -> session).countIn("Monona"));
        out.printf("%nalice deleted Owner 007 and its 2 pets and 4 visits: %d UPDATEs, %d DELETEs; %d owners left in Monona.%n",
                delete.count(dev.ormkit.testkit.sql.StatementKind.UPDATE),
                delete.count(dev.ormkit.testkit.sql.StatementKind.DELETE), live);
        user.set("bob");
        int restored = orm.fromTransaction(session -> SoftDeletes.restore(session, Owner.class, id));
        long back = orm.fromTransaction(session -> new OwnerRepository(() -> session).countIn("Monona"));
        out.printf("bob restored it: %d rows back; %d owners in Monona again.%n", restored, back);
        user.set("carol");
        orm.inTransaction(session -> session.find(Owner.class, id).moveTo("Madison"));
        out.println("Change log of Owner 007:");
        orm.fromTransaction(session -> ChangeLog.history(session, Owner.class, id, PageRequest.ofSize(10))).forEach(change ->
                out.printf("  %-8s by %-11s %s%n", change.action(), change.actor(),
                        change.changes().length() > 60 ? change.changes().substring(0, 60) + "..." : change.changes()));
    }

    private void strictMode() {
        try {
            orm.inTransaction(session -> session.createSelectionQuery("from Owner o order by o.name", Owner.class)
                    .setMaxResults(1).getSingleResult().getPets().size());
        } catch (LazyLoadOutsidePlanException e) {
            out.printf("%nStrict fetch mode stopped a lazy load no fetch plan asked for:%n  %s%n", e.getMessage());
        }
    }

    /** Production's fetch discipline for one unit of work: the lazy loads run and are reported, as is an N+1. */
    private void reportMode() {
        reports.clear();
        orm.inTransaction(session -> {
            session.setProperty(OrmKitProperties.FETCH_DISCIPLINE, FetchDiscipline.REPORT);
            List<Owner> owners = new OwnerRepository(() -> session).byName(PageRequest.ofSize(12)).content();
            owners.get(0).getPets().get(0).getVisits().get(0).getVet().getName(); // not in the plan: served, reported
            for (Owner owner : owners) {
                session.find(Owner.class, owner.getId()); // cached: no SQL
                session.createSelectionQuery("from Pet p where p.owner = :owner", Pet.class)
                        .setParameter("owner", owner).getResultList(); // one query per owner: an N+1
            }
        });
        out.printf("%nReport mode served the lazy loads and reported them (no bound value, no id):%n");
        for (OrmKitEvent event : reports) {
            if (event instanceof LazyLoadReport lazy) {
                out.printf("  lazy load %s.%s at %s%n    loaded by %s; add \"%s\" to the FetchPlan%n", lazy.entity(),
                        lazy.association(), lazy.origin(), lazy.loadedBy(), lazy.suggestedPath());
            } else if (event instanceof NPlusOneReport n) {
                out.printf("  N+1: %d× %s, likely %s, at %s%n", n.executions(), n.entity(), n.association(), n.origin());
            }
        }
    }

    /** A bulk import and a retention purge of many rows, each with a progress line every 20,000 rows. */
    private void longWork() {
        int rows = 50_000;
        out.printf("%nBulkImport of %d visits, then soft delete and a retention purge in batches of 10,000:%n", rows);
        ProgressListener progress = ProgressListener.every(20_000, p -> out.printf("  %s%n", p));
        orm.inTransaction(session -> {
            Pet pet = session.createSelectionQuery("from Pet p order by p.name", Pet.class).setMaxResults(1).getSingleResult();
            Vet vet = session.createSelectionQuery("from Vet v order by v.name", Vet.class).setMaxResults(1).getSingleResult();
            BulkImport.copy(session, Visit.class, java.util.stream.IntStream.range(0, rows)
                    .mapToObj(i -> new Visit(pet, LocalDate.of(2020, 1, 1), "imported", vet)).toList(), progress);
        });
        orm.inTransaction(session -> SoftDeletes.deleteAll(session, Visit.class,
                dev.ormkit.core.query.QuerySpec.<Visit>where("e.reason = :reason").bind("reason", "imported")));
        orm.inTransaction(session -> SoftDeletes.purgeDeletedBefore(session, Visit.class,
                orm.clock().instant().plusSeconds(1), 10_000, progress));
    }
}
