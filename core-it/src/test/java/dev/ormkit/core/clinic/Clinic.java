package dev.ormkit.core.clinic;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;

/** Starts an OrmKit on the clinic model over a SqlCapture-wrapped pool, and seeds rows in bulk. */
public final class Clinic {

    private Clinic() {}

    public static OrmKit start(TestDatabase database, SqlCapture log, UnaryOperator<OrmKitBuilder> tweak) {
        OrmKitBuilder builder = OrmKit.builder().dataSource(log.wrap(database.dataSource()))
                .entities(Owner.class, Pet.class, Visit.class)
                .property("jakarta.persistence.schema-generation.database.action", "create");
        return tweak.apply(builder).build();
    }

    /**
     * Inserts {@code owners} owners named "owner NNNNNN" (names repeat every {@code distinctNames}) in cities
     * "city N" (N = i % 10), each with {@code petsEach} pets with {@code visitsEach} visits each, in SQL.
     */
    public static void seed(TestDatabase database, int owners, int distinctNames, int petsEach, int visitsEach) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("insert into owner (id, name, city, created_at, updated_at, version) "
                    + "select gen_random_uuid(), 'owner ' || lpad((i % " + distinctNames + ")::text, 6, '0'), "
                    + "'city ' || (i % 10), now(), now(), 0 from generate_series(1, " + owners + ") i");
            if (petsEach > 0) {
                statement.execute("insert into pet (id, name, owner_id, created_at, updated_at, version) "
                        + "select gen_random_uuid(), 'pet ' || j, o.id, now(), now(), 0 from owner o, "
                        + "generate_series(1, " + petsEach + ") j");
            }
            if (visitsEach > 0) {
                statement.execute("insert into visit (id, description, pet_id, created_at, updated_at, version) "
                        + "select gen_random_uuid(), 'visit ' || k, p.id, now(), now(), 0 from pet p, "
                        + "generate_series(1, " + visitsEach + ") k");
            }
            statement.execute("analyze");
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
