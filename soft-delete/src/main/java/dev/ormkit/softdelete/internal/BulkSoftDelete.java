package dev.ormkit.softdelete.internal;

import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.query.internal.Specifications;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.CommonQueryContract;
import org.hibernate.query.MutationQuery;
import org.hibernate.query.specification.MutationSpecification;
import org.hibernate.query.specification.SelectionSpecification;

/**
 * {@code SoftDeletes.deleteAll}: one soft-delete UPDATE when the entity allows it ({@link BulkDeletes}), else the
 * matching rows loaded in chunks and removed one by one, so cascades and listeners run.
 */
public final class BulkSoftDelete<T> {

    private static final int CHUNK = 500;

    private final Session session;
    private final Class<T> type;
    private final QuerySpec<? super T> spec;
    private final EntityPersister entity;

    public BulkSoftDelete(Session session, Class<T> type, QuerySpec<? super T> spec) {
        this.session = session;
        this.type = type;
        this.spec = spec;
        this.entity = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(type);
    }

    public long run() {
        return BulkDeletes.bulkAllowed(entity) ? inOneStatement() : oneByOne();
    }

    private long inOneStatement() {
        String hql = "delete from " + entity.getEntityName() + " e" + Specifications.where(spec);
        MutationSpecification<T> specification = Specifications.deletion(type, hql, spec);
        MutationQuery query = specification.createQuery(session);
        bind(query);
        int deleted = query.executeUpdate();
        // the one-by-one path reports each row from the DELETE listener
        DeletionEvents.deleted(session.getSessionFactory(), EntityNames.of(entity), deleted);
        return deleted;
    }

    private long oneByOne() {
        List<Object> ids = select("select e.id from " + entity.getEntityName() + " e" + Specifications.where(spec),
                Object.class);
        long deleted = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<T> rows = session.createSelectionQuery("from " + entity.getEntityName() + " e where e.id in :ids",
                    type).setParameter("ids", new ArrayList<>(chunk)).getResultList();
            for (T row : rows) {
                session.remove(row);
            }
            session.flush();
            deleted += rows.size();
        }
        return deleted;
    }

    private <R> List<R> select(String hql, Class<R> result) {
        if (!Specifications.needsSpecification(spec)) {
            var query = session.createSelectionQuery(hql, result);
            bind(query);
            return query.getResultList();
        }
        SelectionSpecification<T> specification = Specifications.selection(type,
                "from " + entity.getEntityName() + " e" + Specifications.where(spec), spec);
        var query = specification.createQuery(session);
        bind(query);
        List<R> values = new ArrayList<>();
        for (T row : query.getResultList()) {
            values.add(result.cast(session.getIdentifier(row)));
        }
        return values;
    }

    private void bind(CommonQueryContract query) {
        spec.parameters().forEach(query::setParameter);
    }
}
