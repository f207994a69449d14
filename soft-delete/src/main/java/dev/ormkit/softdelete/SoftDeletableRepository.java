package dev.ormkit.softdelete;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An {@link EntityRepository} for a soft-deletable entity, with the soft-delete operations at hand:
 * {@link #delete} soft-deletes (as {@code EntityManager.remove} does), {@link #with} runs one query with deleted
 * rows included or alone, {@link #restore} and {@link #purge} undo and finish a delete.
 *
 * <pre>{@code
 * class CustomerRepository extends SoftDeletableRepository<Customer> {
 *     CustomerRepository(Supplier<EntityManager> em) { super(Customer.class, em); }
 * }
 * Page<Customer> trash = customers.with(Visibility.ONLY_DELETED,
 *         () -> customers.page(QuerySpec.all(), PageRequest.ofSize(50)));
 * customers.restore(id);
 * }</pre>
 *
 * @param <T> the entity type
 */
public class SoftDeletableRepository<T extends BaseEntity & SoftDeletable> extends EntityRepository<T> {

    /** A repository for {@code entityClass} over the {@code EntityManager} the supplier returns at each call. */
    public SoftDeletableRepository(Class<T> entityClass, Supplier<? extends EntityManager> entityManager) {
        super(entityClass, entityManager);
    }

    /** Runs {@code query} (typically one call of this repository) seeing the rows {@code visibility} names. */
    public <R> R with(Visibility visibility, Supplier<R> query) {
        Objects.requireNonNull(query, "query must not be null");
        SoftDeletes.Scope scope = SoftDeletes.scope(entityManager(), visibility);
        try {
            return query.get();
        } finally {
            scope.close();
        }
    }

    /** Restores the entity with this id and what was deleted with it; see {@link SoftDeletes#restore}. */
    public int restore(UUID id) {
        return SoftDeletes.restore(entityManager(), entityClass(), id);
    }

    /** Soft-deletes every row {@code spec} matches, versioned; see {@link SoftDeletes#deleteAll}. */
    public long deleteAll(QuerySpec<? super T> spec) {
        return SoftDeletes.deleteAll(entityManager(), entityClass(), spec);
    }

    /** Deletes a soft-deleted row for real; see {@link SoftDeletes#purge}. */
    public boolean purge(T entity) {
        return SoftDeletes.purge(entityManager(), entity);
    }

    /**
     * Deletes for real every row soft-deleted before {@code cutoff}, in batches; see
     * {@link SoftDeletes#purgeDeletedBefore(EntityManager, Class, Instant)}.
     */
    public int purgeDeletedBefore(Instant cutoff) {
        return SoftDeletes.purgeDeletedBefore(entityManager(), entityClass(), cutoff);
    }

    /**
     * Deletes for real every row soft-deleted before {@code cutoff}, {@code batchSize} rows per statement, reporting
     * to {@code progress}; see {@link SoftDeletes#purgeDeletedBefore(EntityManager, Class, Instant, int,
     * ProgressListener)}.
     */
    public long purgeDeletedBefore(Instant cutoff, int batchSize, ProgressListener progress) {
        return SoftDeletes.purgeDeletedBefore(entityManager(), entityClass(), cutoff, batchSize, progress);
    }

}
