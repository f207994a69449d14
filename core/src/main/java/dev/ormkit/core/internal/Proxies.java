package dev.ormkit.core.internal;

import dev.ormkit.core.BaseEntity;
import java.util.UUID;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/** Reads the class and id of an entity without initialising it when it is a Hibernate proxy. */
public final class Proxies {

    private Proxies() {}

    public static Class<?> effectiveClass(Object entity) {
        LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
        return lazy != null ? lazy.getPersistentClass() : entity.getClass();
    }

    public static UUID idOf(BaseEntity entity) {
        LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
        return lazy != null ? (UUID) lazy.getIdentifier() : entity.getId();
    }
}
