package dev.ormkit.examples.clinic;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * The example application: finds PostgreSQL the way the testkit does, creates a throw-away database, saves a
 * few owners and pets through ormkit, and prints what ormkit did. Run it with
 * {@code ./mvnw -q -pl examples -am -Pexample package}.
 */
public final class ClinicTour {

    private final OrmKit orm;
    private final PrintStream out;

    ClinicTour(OrmKit orm, PrintStream out) {
        this.orm = orm;
        this.out = out;
    }

    public static void main(String[] args) {
        PostgresServer server = PostgresServer.shared();
        System.out.println("PostgreSQL: " + server.description());
        try (TestDatabase database = server.createDatabase("ormkit_clinic_example");
                OrmKit orm = OrmKit.builder()
                        .jdbcUrl(database.jdbcUrl()).username(database.username()).password(database.password())
                        .entities(Owner.class, Pet.class)
                        .property("jakarta.persistence.schema-generation.database.action", "create")
                        .build()) {
            new ClinicTour(orm, System.out).run();
        }
    }

    void run() {
        UUID adaId = orm.fromTransaction(session -> {
            Owner ada = new Owner("Ada Lovelace", "London");
            ada.adopt("Byron", "cat");
            ada.adopt("Babbage", "dog");
            Owner grace = new Owner("Grace Hopper", "Arlington");
            grace.adopt("Cobol", "parrot");
            session.persist(ada);
            session.persist(grace);
            return ada.getId();
        });
        out.println();
        out.println("Saved 2 owners and 3 pets. Ids are UUIDv7, assigned in Java before the INSERT:");
        List<Owner> owners = orm.fromTransaction(session -> session.createSelectionQuery(
                "from Owner o left join fetch o.pets order by o.name", Owner.class).getResultList());
        for (Owner owner : owners) {
            out.printf("  %-14s %-10s id=%s version=%d created=%s%n", owner.getName(), owner.getCity(),
                    owner.getId(), owner.getVersion(), owner.getCreatedAt());
            for (Pet pet : owner.getPets()) {
                out.printf("      %-10s %-7s id=%s%n", pet.getName(), pet.getSpecies(), pet.getId());
            }
        }

        orm.inTransaction(session -> session.find(Owner.class, adaId).moveTo("Cambridge"));
        Owner moved = orm.fromTransaction(session -> session.find(Owner.class, adaId));
        out.println();
        out.printf("Moved %s to %s: version %d, updated_at %s (created_at unchanged: %s)%n", moved.getName(),
                moved.getCity(), moved.getVersion(), moved.getUpdatedAt(), moved.getCreatedAt());
        out.println();
        out.println("Done.");
    }
}
