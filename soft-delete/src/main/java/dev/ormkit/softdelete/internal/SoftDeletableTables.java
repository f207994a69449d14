package dev.ormkit.softdelete.internal;

import dev.ormkit.softdelete.SoftDeletable;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** {@code SoftDeletes.tables}: the tables of every soft-deletable entity, read from Hibernate's mapping model. */
public final class SoftDeletableTables {

    private SoftDeletableTables() {}

    public static Set<String> of(EntityManagerFactory emf) {
        Set<String> tables = new TreeSet<>();
        emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(entity -> {
                    if (SoftDeletable.class.isAssignableFrom(entity.getMappedClass())) {
                        for (String table : entity.getPropertySpaces()) {
                            tables.add(table.replace("\"", "").toLowerCase(Locale.ROOT));
                        }
                    }
                });
        return Collections.unmodifiableSet(tables);
    }
}
