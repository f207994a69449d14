package dev.ormkit.core.replica.internal;

import dev.ormkit.core.internal.DelegatingDataSource;
import dev.ormkit.core.internal.OnCloseConnection;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The primary as a {@code DataSource} for frameworks that route by data source (Spring): its connections count
 * as read-write ones of {@link ReplicaSet} while open, and their close as this thread's write, as Hibernate's
 * connections do through {@link ReplicaConnectionProvider}.
 */
final class WriteDataSource extends DelegatingDataSource {

    private final ReplicaSet replicas;

    WriteDataSource(ReplicaSet replicas, DataSource primary) {
        super(primary);
        this.replicas = replicas;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return OnCloseConnection.wrap(replicas.writeConnection(), replicas::releaseWriteConnection);
    }
}
