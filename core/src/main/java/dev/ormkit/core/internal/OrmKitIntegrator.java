package dev.ormkit.core.internal;

import dev.ormkit.core.Timestamped;
import java.time.Clock;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.mapping.PersistentClass;

/**
 * Wires ormkit's core behaviour into every Hibernate session factory, however it was bootstrapped
 * ({@code OrmKit}, Spring Boot, {@code persistence.xml}): registered in {@code META-INF/services}.
 */
public final class OrmKitIntegrator implements org.hibernate.integrator.spi.Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        HibernateVersionCheck.requireSupported();
        metadata.getEntityBindings().forEach(EnhancedEntities::check);
        metadata.getEntityBindings().forEach(OrmKitIntegrator::prepareTimestamped);
        Clock clock = Clocks.fromProperties(sessionFactory.getProperties());
        TimestampListener timestamps = new TimestampListener(clock);
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        StatelessStateRefresh refresh = new StatelessStateRefresh();
        listeners.prependListeners(EventType.PRE_INSERT, refresh);
        listeners.prependListeners(EventType.PRE_UPDATE, refresh);
        listeners.appendListeners(EventType.PRE_INSERT, timestamps);
        listeners.appendListeners(EventType.PRE_UPDATE, timestamps);
        TextCheckListener text = new TextCheckListener();
        listeners.appendListeners(EventType.PRE_INSERT, text);
        listeners.appendListeners(EventType.PRE_UPDATE, text);
    }

    private static void prepareTimestamped(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        if (type == null || !Timestamped.class.isAssignableFrom(type)) {
            return;
        }
        FlushFilledProperties.prepare(entity, Timestamped.class, name -> "Map it as an Instant column (for example "
                + "@Column(name = \"" + (name.equals("createdAt") ? "created_at" : "updated_at") + "\") private Instant "
                + name + ";), or extend dev.ormkit.core.BaseEntity.", "createdAt", "updatedAt");
    }
}
