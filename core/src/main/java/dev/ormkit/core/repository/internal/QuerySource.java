package dev.ormkit.core.repository.internal;

import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Queries} of one entity type for whichever session a repository is given: reads the entity's model and
 * the repository settings from the session's factory once, and again only when the factory changes. Keeps the
 * Hibernate SPI that needs out of the public {@code EntityRepository}.
 */
public final class QuerySource<T> {

    private record Model(SessionFactory factory, EntityModel entity, RepositorySettings settings) {}

    private final Class<T> type;
    private volatile @Nullable Model cached;

    public QuerySource(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type must not be null");
    }

    public Queries<T> queries(Session session) {
        SessionFactory factory = session.getSessionFactory();
        Model model = cached;
        if (model == null || model.factory() != factory) {
            SessionFactoryImplementor implementor = factory.unwrap(SessionFactoryImplementor.class);
            model = new Model(factory, new EntityModel(implementor, type),
                    RepositorySettings.from(implementor.getProperties()));
            cached = model;
        }
        return new Queries<>(session, type, model.entity(), model.settings());
    }
}
