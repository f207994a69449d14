package dev.ormkit.core.observe.internal;

import dev.ormkit.core.FetchDiscipline;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Gives every session factory its {@link Observers} (listeners and N+1 threshold, checked at start-up) and binds
 * them to the statement inspector {@link ObserveServiceContributor} installed. Listed in {@code META-INF/services}.
 */
public final class ObserveIntegrator implements org.hibernate.integrator.spi.Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        var properties = sessionFactory.getProperties();
        boolean reporting = ObserveSettings.discipline(properties) != FetchDiscipline.OFF; // fails on an invalid value
        Observers observers = new Observers(ObserveSettings.listeners(properties),
                ObserveSettings.nPlusOneThreshold(properties), reporting, sessionFactory);
        Observers.register(sessionFactory, observers);
        if (sessionFactory.getSessionFactoryOptions().getStatementInspector() instanceof ShapeInspector inspector) {
            inspector.bind(observers);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        Observers.unregister(sessionFactory);
    }
}
