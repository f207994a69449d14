package dev.ormkit.core.observe.internal;

import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.hibernate.service.spi.ServiceContributor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the statement inspector and the per-session statement listener before Hibernate reads its settings —
 * however JPA was bootstrapped (listed in {@code META-INF/services}) — but only when N+1 detection is on or a
 * listener is registered: otherwise nothing is installed and nothing costs. An inspector the application set
 * itself keeps running, before ormkit's.
 */
public final class ObserveServiceContributor implements ServiceContributor {

    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.observe");

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        Map<String, Object> settings = registry.getSettings();
        int threshold = ObserveSettings.nPlusOneThreshold(settings);
        if (threshold == 0 && !ObserveSettings.anyListener(settings)) {
            return;
        }
        Object existing = settings.get(AvailableSettings.STATEMENT_INSPECTOR);
        if (existing instanceof ShapeInspector) {
            return;
        }
        StatementInspector delegate;
        try {
            delegate = delegate(existing);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError failure) {
            LOG.warn("ormkit cannot chain its statement inspector to {} ({}): N+1 reports and statement counts are "
                    + "off for this persistence unit.", existing, failure.getClass().getSimpleName());
            return;
        }
        registry.applySetting(AvailableSettings.STATEMENT_INSPECTOR, new ShapeInspector(delegate));
        if (threshold > 0) {
            Object events = settings.get(AvailableSettings.AUTO_SESSION_EVENTS_LISTENER);
            if (events == null) {
                registry.applySetting(AvailableSettings.AUTO_SESSION_EVENTS_LISTENER, SessionStatements.class.getName());
            } else if (!SessionStatements.class.getName().equals(events)) {
                LOG.warn("ormkit's N+1 detection needs Hibernate's {} setting, which the application sets to {}: "
                        + "N+1 reports are off for this persistence unit.",
                        AvailableSettings.AUTO_SESSION_EVENTS_LISTENER, events);
            }
        }
    }

    private static @Nullable StatementInspector delegate(@Nullable Object setting) throws ReflectiveOperationException {
        if (setting == null || setting instanceof StatementInspector) {
            return (StatementInspector) setting;
        }
        Class<?> type = setting instanceof Class<?> given ? given
                : Class.forName(setting.toString().strip(), true, Thread.currentThread().getContextClassLoader());
        return (StatementInspector) type.getConstructor().newInstance();
    }
}
