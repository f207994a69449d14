package dev.ormkit.softdelete.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.QuerySettings;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Sets {@code hibernate.query.sqm.translator} to {@link SoftDeleteTranslators} in every service registry that
 * Hibernate builds with ormkit-soft-delete on the class path — {@code OrmKit.builder()}, {@code persistence.xml},
 * {@code HibernatePersistenceConfiguration}, Spring Boot — so bulk deletes are soft deletes without a setting the
 * application has to remember. An application that sets its own translator factory is refused at start-up, unless
 * it extends ormkit's.
 */
public final class SoftDeleteSettings implements ServiceContributor {

    static final String TRANSLATOR = QuerySettings.SEMANTIC_QUERY_TRANSLATOR;

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        Object configured = registry.getSettings().get(TRANSLATOR);
        if (configured == null || configured.toString().isBlank()
                || configured.toString().equals("dev.ormkit.softdelete.BulkDeleteGuard")) {
            registry.applySetting(TRANSLATOR, SoftDeleteTranslators.class.getName());
            return;
        }
        if (!isOurs(configured)) {
            throw new OrmKitConfigurationException(TRANSLATOR + " is set to " + configured + ", but "
                    + "ormkit-soft-delete needs its own translator factory there (" + SoftDeleteTranslators.class
                    .getName() + ") to turn bulk deletes of soft-deletable entities into soft deletes. Remove the "
                    + "setting, or make your factory extend " + SoftDeleteTranslators.class.getName() + ".");
        }
    }

    static boolean isOurs(Object configured) {
        if (configured instanceof SoftDeleteTranslators) {
            return true;
        }
        if (configured instanceof Class<?> type) {
            return SoftDeleteTranslators.class.isAssignableFrom(type);
        }
        try {
            return SoftDeleteTranslators.class.isAssignableFrom(
                    Class.forName(configured.toString(), false, SoftDeleteSettings.class.getClassLoader()));
        } catch (ClassNotFoundException unknown) {
            return false;
        }
    }
}
