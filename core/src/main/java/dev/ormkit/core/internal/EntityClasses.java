package dev.ormkit.core.internal;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKitConfigurationException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds {@code @Entity} classes in packages and checks that ormkit can manage each one. */
final class EntityClasses {

    private EntityClasses() {}

    static List<Class<?>> scan(List<String> packages) {
        List<Class<?>> found = new ArrayList<>();
        for (String name : packages) {
            try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                    .acceptPackages(name).scan()) {
                List<Class<?>> inPackage = scan.getClassesWithAnnotation(Entity.class).loadClasses();
                if (inPackage.isEmpty()) {
                    throw new OrmKitConfigurationException("Package '" + name + "' (given to packages(...)) "
                            + "contains no @Entity class. Check the package name, or list the classes with "
                            + "entities(...).");
                }
                found.addAll(inPackage);
            }
        }
        return found;
    }

    static void check(Collection<Class<?>> entities, List<String> packages) {
        if (entities.isEmpty()) {
            throw new OrmKitConfigurationException("No entity classes configured. Pass them with "
                    + "entities(Owner.class, ...) or packages(\"com.example.model\").");
        }
        for (Class<?> type : entities) {
            if (!type.isAnnotationPresent(Entity.class)) {
                throw new OrmKitConfigurationException("Class " + type.getName() + " was given as an entity "
                        + "but is not annotated @jakarta.persistence.Entity. Annotate it, or remove it from "
                        + "entities(...).");
            }
            if (!BaseEntity.class.isAssignableFrom(type)) {
                throw new OrmKitConfigurationException("Entity " + type.getName() + " does not extend "
                        + "dev.ormkit.core.BaseEntity, so it has no ormkit id, timestamps or version. Make it "
                        + "extend BaseEntity (or an ormkit subclass such as SoftDeletableEntity).");
            }
        }
    }
}
