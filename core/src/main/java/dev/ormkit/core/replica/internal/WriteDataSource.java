package dev.ormkit.core.replica.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The primary as a {@code DataSource} for frameworks that route by data source (Spring): its connections count
 * as read-write ones of {@link ReplicaSet} while open, and their close as this thread's write, as Hibernate's
 * connections do through {@link ReplicaConnectionProvider}.
 */
record WriteDataSource(ReplicaSet replicas, DataSource primary) implements DataSource {

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = replicas.writeConnection();
        return (Connection) Proxy.newProxyInstance(WriteDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Releasing(replicas, connection));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The primary uses the credentials it was configured with");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return primary.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        primary.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        primary.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return primary.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return primary.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || primary.isWrapperFor(type);
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
