package dev.ormkit.core.write.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;

/** The Hibernate session behind an {@code EntityManager}, whatever proxy the application hands in. */
public final class Sessions {

    private Sessions() {}

    /**
     * Unwraps to {@link SessionImplementor} itself rather than casting {@code unwrap(Session.class)}: Spring's
     * shared {@code EntityManager} is a JDK proxy that implements {@code org.hibernate.Session} (the vendor
     * interface of {@code HibernateJpaVendorAdapter}) and answers {@code unwrap(Session.class)} with itself, so a
     * cast to {@code SessionImplementor} failed; asked for {@code SessionImplementor}, it delegates to the session
     * of the current transaction.
     */
    public static SessionImplementor of(EntityManager entityManager) {
        return entityManager.unwrap(SessionImplementor.class);
    }
}
