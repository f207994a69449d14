package dev.ormkit.core.replica.internal;

import dev.ormkit.core.internal.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@link ReplicaSet#readConnection()} as a {@code DataSource} (Spring's {@code LazyConnectionDataSourceProxy} takes one). */
final class ReadDataSource extends DelegatingDataSource {

    private final ReplicaSet replicas;

    ReadDataSource(ReplicaSet replicas, DataSource primary) {
        super(primary);
        this.replicas = replicas;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return replicas.readConnection();
    }

    /** Not a wrapper of the primary: a read connection may come from any replica or the primary. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
