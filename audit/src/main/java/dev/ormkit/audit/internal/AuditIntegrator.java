package dev.ormkit.audit.internal;

import dev.ormkit.audit.Audited;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.core.internal.FlushFilledProperties;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.mapping.PersistentClass;

/** Installs auditing in every session factory that maps an {@link Audited} entity, however it was started. */
public final class AuditIntegrator implements org.hibernate.integrator.spi.Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        boolean any = false;
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type != null && Audited.class.isAssignableFrom(type)) {
                prepare(entity);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        Map<String, Object> properties = factory.getProperties();
        ActorCapture capture = new ActorCapture(Actors.from(properties));
        AuditListener listener = new AuditListener(capture, new ChangeRecorder(Clocks.fromProperties(properties)));
        EventListenerRegistry listeners = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.PERSIST, capture);
        listeners.appendListeners(EventType.MERGE, capture);
        // After every integrator ran: the soft-delete module replaces the DELETE listeners with setListeners.
        factory.addObserver(new AppendWhenCreated(listeners, capture));
        listeners.appendListeners(EventType.POST_LOAD, capture);
        listeners.appendListeners(EventType.PRE_INSERT, listener);
        listeners.appendListeners(EventType.PRE_UPDATE, listener);
        listeners.appendListeners(EventType.POST_INSERT, listener);
        listeners.appendListeners(EventType.POST_UPDATE, listener);
        listeners.appendListeners(EventType.POST_DELETE, listener);
    }

    /** The not-null audit columns are filled at flush: keep Hibernate's persist-time null check off them. */
    private static void prepare(PersistentClass entity) {
        if (AuditedColumns.embeds(entity.getMappedClass())) {
            AuditedColumns.prepare(entity);
            return;
        }
        FlushFilledProperties.prepare(entity, Audited.class, name -> "Map it as a String column, or extend "
                + "AuditedEntity / AuditedSoftDeletableEntity.", "createdBy", "updatedBy");
        FlushFilledProperties.writeOnEveryUpdate(entity, "deletedBy");
    }

    /** Appends the actor capture to the DELETE listeners once the factory is built, so that no integrator drops it. */
    private static final class AppendWhenCreated implements SessionFactoryObserver {

        private static final long serialVersionUID = 1L;

        private final transient EventListenerRegistry listeners;
        private final transient ActorCapture capture;

        AppendWhenCreated(EventListenerRegistry listeners, ActorCapture capture) {
            this.listeners = listeners;
            this.capture = capture;
        }

        @Override
        public void sessionFactoryCreated(SessionFactory factory) {
            listeners.appendListeners(EventType.DELETE, capture);
        }
    }
}
