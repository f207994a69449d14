package dev.ormkit.audit.internal;

import dev.ormkit.audit.Audited;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.internal.Clocks;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

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
        AuditListener listener = new AuditListener(Actors.from(properties), new ChangeRecorder(Clocks.fromProperties(properties)));
        EventListenerRegistry listeners = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.PRE_INSERT, listener);
        listeners.appendListeners(EventType.PRE_UPDATE, listener);
        listeners.appendListeners(EventType.POST_INSERT, listener);
        listeners.appendListeners(EventType.POST_UPDATE, listener);
        listeners.appendListeners(EventType.POST_DELETE, listener);
    }

    /** The not-null audit columns are filled at flush: keep Hibernate's persist-time null check off them. */
    private static void prepare(PersistentClass entity) {
        Set<String> names = new HashSet<>();
        for (Property property : entity.getPropertyClosure()) {
            names.add(property.getName());
            if (property.getName().equals("createdBy") || property.getName().equals("updatedBy")) {
                property.setOptional(true);
            }
        }
        for (String required : new String[] {"createdBy", "updatedBy"}) {
            if (!names.contains(required)) {
                throw new OrmKitConfigurationException("Entity " + entity.getEntityName() + " implements "
                        + "dev.ormkit.audit.Audited but maps no persistent property '" + required + "'. Map it as a "
                        + "String column, or extend AuditedEntity / AuditedSoftDeletableEntity.");
            }
        }
    }
}
