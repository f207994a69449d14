package dev.ormkit.core.fetch.internal;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Registers the strict-fetch listeners in every session factory (listed in {@code META-INF/services}, so it
 * works however JPA was bootstrapped). They cost nothing on the per-row path; the mode is read only when a
 * lazy load is about to happen.
 */
public final class StrictFetchIntegrator implements org.hibernate.integrator.spi.Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        StrictMode.checkSetting(sessionFactory.getProperties());
        StrictFetchListener listener = new StrictFetchListener();
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.prependListeners(EventType.INIT_COLLECTION, listener);
        listeners.prependListeners(EventType.LOAD, listener);
    }
}
