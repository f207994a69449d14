package dev.ormkit.softdelete.routes;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The three ways an application starts Hibernate with ormkit on the class path, each on a database of its own:
 * ormkit's builder, {@code HibernatePersistenceConfiguration} and {@code persistence.xml} — the last two with no
 * ormkit setting but the clock. Rows are checked with plain JDBC. A test class registers it once
 * ({@code @RegisterExtension static final Bootstraps bootstraps = new Bootstraps();}); factories start on first use
 * and everything is closed after the class.
 */
public final class Bootstraps implements AutoCloseable, AfterAllCallback {

    public enum Bootstrap { BUILDER, HIBERNATE_CONFIGURATION, PERSISTENCE_XML }

    static final Class<?>[] MODEL = {Article.class, Topic.class, Folder.class, Sheet.class, Shelf.class,
            WallShelf.class};
    static final String CREATE = "jakarta.persistence.schema-generation.database.action";

    public final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final Map<Bootstrap, SessionFactory> factories = new EnumMap<>(Bootstrap.class);
    private final Map<Bootstrap, TestDatabase> databases = new EnumMap<>(Bootstrap.class);
    private final List<OrmKit> builders = new ArrayList<>();
    private final Class<?>[] model;

    Bootstraps() {
        this(MODEL);
    }

    /** Bootstraps of other test packages' entities; {@code PERSISTENCE_XML} maps the routes model only. */
    public Bootstraps(Class<?>... model) {
        this.model = model.clone();
    }

    public SessionFactory factory(Bootstrap bootstrap) {
        return factories.computeIfAbsent(bootstrap, this::open);
    }

    private SessionFactory open(Bootstrap bootstrap) {
        TestDatabase db = PostgresServer.shared().createDatabase("routes_" + bootstrap.name());
        databases.put(bootstrap, db);
        return switch (bootstrap) {
            case BUILDER -> {
                OrmKit orm = OrmKit.builder()
                        .jdbcUrl(db.jdbcUrl()).username(db.username()).password(db.password())
                        .entities(model).clock(clock).maximumPoolSize(4)
                        .property(CREATE, "create")
                        .build();
                builders.add(orm);
                yield orm.sessionFactory();
            }
            case HIBERNATE_CONFIGURATION -> new HibernatePersistenceConfiguration("routes")
                    .managedClasses(model)
                    .jdbcUrl(db.jdbcUrl()).jdbcCredentials(db.username(), db.password())
                    .property(OrmKitProperties.CLOCK, clock)
                    .property(CREATE, "create")
                    .createEntityManagerFactory().unwrap(SessionFactory.class);
            case PERSISTENCE_XML -> Persistence.createEntityManagerFactory("delete-routes", Map.of(
                    "jakarta.persistence.jdbc.url", db.jdbcUrl(), "jakarta.persistence.jdbc.user", db.username(),
                    "jakarta.persistence.jdbc.password", db.password(), OrmKitProperties.CLOCK, clock,
                    CREATE, "create")).unwrap(SessionFactory.class);
        };
    }

    /** What the database holds for one row, read with plain JDBC. */
    public record Row(boolean exists, @Nullable Instant deletedAt, long version) {}

    public Row row(Bootstrap bootstrap, String table, UUID id) {
        try (Connection connection = databases.get(bootstrap).dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select deleted_at, version from " + table + " where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return new Row(false, null, -1);
                }
                Timestamp deleted = rows.getTimestamp(1);
                return new Row(true, deleted == null ? null : deleted.toInstant(), rows.getLong(2));
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public long count(Bootstrap bootstrap, String sql, UUID id) {
        try (Connection connection = databases.get(bootstrap).dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        builders.forEach(OrmKit::close);
        factories.values().stream().filter(SessionFactory::isOpen).forEach(SessionFactory::close);
        databases.values().forEach(TestDatabase::close);
    }
}
