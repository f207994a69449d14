package dev.ormkit.core.internal;

import jakarta.persistence.Entity;
import java.util.Map;
import org.hibernate.persister.entity.EntityPersister;

/**
 * How ormkit's messages name an entity: {@code @Entity(name = ...)} when the application gave one, else the class's
 * simple name. Hibernate's own names do not fit a message: its entity name is the binary class name
 * ({@code com.example.Model$Author}), and its default JPA name of a nested class keeps the outer class
 * ({@code Model$Author}, measured on Hibernate 7.4).
 */
public final class EntityNames {

    private EntityNames() {}

    /** {@code Author} for {@code com.example.Model.Author}; the given name for {@code @Entity(name = "Writer")}. */
    public static String of(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        return entity != null && !entity.name().isBlank() ? entity.name() : type.getSimpleName();
    }

    /** As {@link #of(Class)}; for an entity without a Java class (a dynamic map), Hibernate's JPA name. */
    public static String of(EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        return type == null || Map.class.isAssignableFrom(type) ? persister.getJpaEntityName() : of(type);
    }
}
