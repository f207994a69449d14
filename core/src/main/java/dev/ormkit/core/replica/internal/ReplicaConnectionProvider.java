package dev.ormkit.core.replica.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Hibernate's own read/write split (7.2+): a session opened {@code readOnly(true)} takes its connection from
 * {@link #getReadOnlyConnection()}, every other session from {@link #getConnection()}. Hibernate then calls
 * {@code setReadOnly(true)} on the read-only connection, so pgjdbc opens its transactions {@code READ ONLY}
 * also when the read falls back to the primary.
 */
public final class ReplicaConnectionProvider implements ConnectionProvider {

    private static final long serialVersionUID = 1L;

    private final transient ReplicaSet replicas;

    public ReplicaConnectionProvider(ReplicaSet replicas) {
        this.replicas = replicas;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return replicas.writeConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        replicas.releaseWriteConnection(connection);
    }

    @Override
    public Connection getReadOnlyConnection() throws SQLException {
        return replicas.readConnection();
    }

    @Override
    public void closeReadOnlyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isAssignableFrom(ReplicaConnectionProvider.class) || type.isInstance(replicas.primary());
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isAssignableFrom(ReplicaConnectionProvider.class)) {
            return type.cast(this);
        }
        if (type.isInstance(replicas.primary())) {
            return type.cast(replicas.primary());
        }
        throw new IllegalArgumentException("ReplicaConnectionProvider cannot be unwrapped as " + type.getName());
    }
}
