package dev.ormkit.core.replica.internal;

import dev.ormkit.core.internal.DelegatingDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
        Connection connection = replicas.writeConnection();
        return (Connection) Proxy.newProxyInstance(WriteDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Releasing(replicas, connection));
    }

    private static final class Releasing implements InvocationHandler {
        private final ReplicaSet replicas;
        private final Connection connection;
        private boolean closed;

        Releasing(ReplicaSet replicas, Connection connection) {
            this.replicas = replicas;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close") && method.getParameterCount() == 0) {
                if (!closed) {
                    closed = true;
                    replicas.releaseWriteConnection(connection);
                }
                return null;
            }
            if (name.equals("isClosed") && method.getParameterCount() == 0 && closed) {
                return true;
            }
            if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                return proxy;
            }
            if (name.equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(proxy);
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        }
    }
}
