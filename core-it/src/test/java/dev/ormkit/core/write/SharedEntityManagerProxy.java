package dev.ormkit.core.write;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.hibernate.Session;

/**
 * A JDK proxy shaped like Spring's shared {@code EntityManager} ({@code SharedEntityManagerCreator}): it implements
 * {@code EntityManager} and the vendor interface Spring's {@code HibernateJpaVendorAdapter} names
 * ({@code org.hibernate.Session}, checked in spring-orm 7.0), delegates every call, and answers {@code unwrap(type)}
 * with itself when it is an instance of {@code type}, as Spring does.
 */
final class SharedEntityManagerProxy {

    private SharedEntityManagerProxy() {}

    /** Like Spring's proxy: {@code EntityManager} and {@code Session}. */
    static EntityManager springLike(EntityManager target) {
        return create(target, EntityManager.class, Session.class);
    }

    /** A proxy that implements only {@code EntityManager}. */
    static EntityManager entityManagerOnly(EntityManager target) {
        return create(target, EntityManager.class);
    }

    private static EntityManager create(EntityManager target, Class<?>... interfaces) {
        InvocationHandler handler = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getName().equals("unwrap") && args != null && args.length == 1
                        && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                    return proxy;
                }
                if (method.getName().equals("toString") && method.getParameterCount() == 0) {
                    return "Shared EntityManager proxy";
                }
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (EntityManager) Proxy.newProxyInstance(SharedEntityManagerProxy.class.getClassLoader(), interfaces,
                handler);
    }
}
