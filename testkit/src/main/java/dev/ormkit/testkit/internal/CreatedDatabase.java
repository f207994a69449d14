package dev.ormkit.testkit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.core.internal.Pools;
import dev.ormkit.testkit.TestDatabase;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** A database made by {@link LocatedServer#createDatabase}; its pool is opened on first use. */
final class CreatedDatabase implements TestDatabase {

    private final LocatedServer server;
    private final String name;
    private @Nullable HikariDataSource pool;
    private boolean closed;

    CreatedDatabase(LocatedServer server, String name) {
        this.server = server;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public synchronized DataSource dataSource() {
        if (closed) {
            throw new IllegalStateException("Database " + name + " was dropped; its DataSource is gone.");
        }
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("ormkit-test-" + name);
            config.setJdbcUrl(jdbcUrl());
            config.setUsername(username());
            if (!password().isEmpty()) {
                config.setPassword(password());
            }
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(0);
            // The same driver settings as the pool OrmKit owns, so tests see what production sees.
            config.setDataSourceProperties(Pools.driverProperties(Duration.ofMinutes(1)));
            config.setConnectionInitSql("set time zone 'UTC'");
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    @Override
    public String serverDescription() {
        return server.description();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pool != null) {
            pool.close();
        }
        server.dropDatabase(name);
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " on " + server.description() + "]";
    }
}
