package dev.ormkit.core.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection that runs one action, once, instead of its own {@code close()}, and delegates everything else:
 * a closed proxy reports {@code isClosed()}, unwraps to itself and has identity equality.
 */
public final class OnCloseConnection implements InvocationHandler {

    /** What replaces {@code close()}; it receives the wrapped connection and must close or release it. */
    @FunctionalInterface
    public interface CloseAction {
        void close(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final CloseAction onClose;
    private boolean closed;

    private OnCloseConnection(Connection connection, CloseAction onClose) {
        this.connection = connection;
        this.onClose = onClose;
    }

    public static Connection wrap(Connection connection, CloseAction onClose) {
        return (Connection) Proxy.newProxyInstance(OnCloseConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new OnCloseConnection(connection, onClose));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("close") && method.getParameterCount() == 0) {
            if (!closed) {
                closed = true;
                onClose.close(connection);
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
