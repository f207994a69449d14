package dev.ormkit.core.repository;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.core.repository.internal.Operations;
import dev.ormkit.core.observe.internal.ProgressTracker;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.internal.Pager;
import dev.ormkit.core.repository.internal.Queries;
import dev.ormkit.core.repository.internal.QuerySource;
import dev.ormkit.core.repository.internal.Streaming;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * Paged, bounded access to one entity type. A plain class: build it from the entity class and a supplier of
 * the current {@code EntityManager} or {@code Session} (Spring's shared {@code EntityManager} works as is),
 * and subclass it for your own queries.
 *
 * <pre>{@code
 * class OwnerRepository extends EntityRepository<Owner> {
 *     OwnerRepository(Supplier<EntityManager> em) { super(Owner.class, em); }
 *
 *     CursoredPage<Owner> inCity(String city, PageRequest request) {
 *         return scroll(QuerySpec.<Owner>where("e.city = :city").bind("city", city)
 *                 .orderBy(Sort.asc("name")).fetch("pets.visits"), request);
 *     }
 * }
 * // with OrmKit:
 * orm.inTransaction(session -> new OwnerRepository(() -> session).inCity("London", PageRequest.ofSize(50)));
 * }</pre>
 *
 * <p>What it guarantees: values are always bound parameters; sort keys are checked against the metamodel and
 * the id is appended as tiebreaker; every query carries a timeout (the default from
 * {@code jakarta.persistence.query.timeout}, or the spec's own); pages are never larger than
 * {@code ormkit.max_page_size}; {@link #list} refuses to return more than {@code ormkit.max_list_size} rows;
 * fetch plans load collections with one statement per level, never by paging in memory.
 *
 * @param <T> the entity type
 */
public class EntityRepository<T extends BaseEntity> {

    private final Class<T> entityClass;
    private final Supplier<? extends EntityManager> entityManager;
    private final QuerySource<T> querySource;

    /**
     * A repository for {@code entityClass} over the {@code EntityManager} (or {@code Session}) the supplier
     * returns at each call.
     */
    public EntityRepository(Class<T> entityClass, Supplier<? extends EntityManager> entityManager) {
        this.entityClass = Objects.requireNonNull(entityClass, "entityClass must not be null");
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager supplier must not be null");
        this.querySource = new QuerySource<>(entityClass);
    }

    /** The entity class this repository reads and writes. */
    public final Class<T> entityClass() {
        return entityClass;
    }

    /** The current {@code EntityManager}, for subclasses' own queries. */
    protected final EntityManager entityManager() {
        return Objects.requireNonNull(entityManager.get(), "the EntityManager supplier returned null");
    }

    /** The current Hibernate {@code Session} (the unwrapped {@code EntityManager}). */
    protected final Session session() {
        return entityManager().unwrap(Session.class);
    }

    /** The entity with this id, or empty; no associations loaded beyond the mapping's defaults. */
    public Optional<T> find(UUID id) {
        Objects.requireNonNull(id, "id must not be null");
        return observed("find", null, () -> Optional.ofNullable(session().find(entityClass, id)));
    }

    /** The entity with this id and the associations of {@code plan}, or empty. */
    public Optional<T> find(UUID id, FetchPlan plan) {
        Objects.requireNonNull(id, "id must not be null");
        QuerySpec<T> spec = QuerySpec.<T>where("e.id = :id").bind("id", id).fetch(plan).limit(1);
        List<T> rows = observed("find", spec, () -> pager().list(spec));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * The entity with this id.
     *
     * @throws NoSuchEntityException naming the entity and id when there is none
     */
    public T get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchEntityException(entityClass, id));
    }

    /**
     * The entity with this id and the associations of {@code plan}.
     *
     * @throws NoSuchEntityException naming the entity and id when there is none
     */
    public T get(UUID id, FetchPlan plan) {
        return find(id, plan).orElseThrow(() -> new NoSuchEntityException(entityClass, id));
    }

    /**
     * Saves an entity: a new one ({@link BaseEntity#isNew()}) is persisted without any SELECT and inserted in
     * a JDBC batch at flush; an existing detached one is merged (one SELECT, then an UPDATE if it changed).
     *
     * @return the managed instance: {@code entity} itself when new or already managed, else the merged copy
     */
    public T save(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        EntityManager em = entityManager();
        return observed("save", null, () -> {
            if (entity.isNew()) {
                em.persist(entity);
                return entity;
            }
            return em.contains(entity) ? entity : em.merge(entity);
        });
    }

    /** Saves each entity as {@link #save} does; inserts and updates are batched at flush. */
    public List<T> saveAll(Iterable<? extends T> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        List<T> saved = new ArrayList<>();
        for (T entity : entities) {
            saved.add(save(entity));
        }
        return saved;
    }

    /**
     * Saves many entities at raw-JDBC-batch speed through {@link dev.ormkit.core.write.BatchInsert}: new ones
     * are inserted in batches of 256, detached existing ones updated with the version check, in the same
     * transaction with every ormkit column filled; but the entities are <b>not</b> managed afterwards and nothing
     * cascades. Use {@link #saveAll} when you need either.
     *
     * @return the number of rows inserted
     */
    public long insertAll(Iterable<? extends T> entities) {
        return dev.ormkit.core.write.BatchInsert.saveAll(entityManager(), entities);
    }

    /**
     * Deletes an entity with {@code EntityManager.remove} (so soft-deletable entities are soft-deleted by the
     * soft-delete module). A detached entity is merged first.
     */
    public void delete(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        EntityManager em = entityManager();
        observed("delete", null, () -> {
            em.remove(em.contains(entity) ? entity : em.merge(entity));
            return null;
        });
    }

    /** The number of rows. */
    public long count() {
        return count(QuerySpec.all());
    }

    /** The number of rows the spec matches (its order and fetch plan are ignored). */
    public long count(QuerySpec<? super T> spec) {
        return observed("count", spec, () -> pager().count(spec));
    }

    /** Whether a row with this id exists (and is visible). */
    public boolean exists(UUID id) {
        return exists(QuerySpec.<T>where("e.id = :id").bind("id", Objects.requireNonNull(id, "id must not be null")));
    }

    /** Whether at least one row matches the spec; reads at most one row. */
    public boolean exists(QuerySpec<? super T> spec) {
        return observed("exists", spec, () -> {
            Queries<T> queries = queries();
            var query = queries.select(spec.fetch(FetchPlan.none()), null, null, List.of(), null).setMaxResults(1);
            return !queries.run(spec, query::getResultList).isEmpty();
        });
    }

    /**
     * All rows the spec matches, in its order, with its fetch plan, when they are at most
     * {@code spec.limit()} (cut there) or, without a limit, at most {@code ormkit.max_list_size}.
     *
     * @throws dev.ormkit.core.query.ResultCapExceededException when, without a limit, more rows match than the
     *     cap: ormkit does not load whole tables
     */
    public List<T> list(QuerySpec<? super T> spec) {
        return observed("list", spec, () -> pager().list(spec));
    }

    /**
     * An offset page; the total is counted only when the request asks for it (and not even then when the page
     * is the short last one). Collections of the fetch plan are loaded after the page, in the database.
     *
     * @throws dev.ormkit.core.paging.InvalidPageRequestException for a size above the maximum, an unknown or
     *     non-sortable sort key, or a cursor request
     */
    public Page<T> page(QuerySpec<? super T> spec, PageRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        return observed("page", spec, () -> pager().page(spec, request, true));
    }

    /** An offset page without total, even when asked: size + 1 rows are read to know if more follow. */
    public Page<T> slice(QuerySpec<? super T> spec, PageRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        return observed("slice", spec, () -> pager().page(spec, request, false));
    }

    /**
     * A keyset page: the rows after (or before) the request's cursor in the spec's order plus the id, found by
     * an index range rather than an offset, so deep pages cost what the first does. Cursors are opaque and
     * signed; sort keys must not be null.
     *
     * @throws dev.ormkit.core.paging.InvalidCursorException for a cursor altered, forged, signed with another
     *     secret, or made for another entity or order
     */
    public CursoredPage<T> scroll(QuerySpec<? super T> spec, PageRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        return observed("scroll", spec, () -> pager().scroll(spec, request));
    }

    /** {@link #stream(QuerySpec, int)} with a fetch size of 500 rows. */
    public Stream<T> stream(QuerySpec<? super T> spec) {
        return stream(spec, 500);
    }

    /**
     * Every row the spec matches, read through a server-side cursor {@code fetchSize} rows at a time, for batch
     * jobs. Must run in a transaction; close the stream (try-with-resources). Memory stays flat: each entity is
     * detached when the stream moves past it, so changes to it after that are not saved. Fetch plans may name
     * to-one associations only.
     */
    public Stream<T> stream(QuerySpec<? super T> spec, int fetchSize) {
        return observed("stream", spec, () -> Streaming.stream(queries(), spec, fetchSize));
    }

    /**
     * {@link #stream(QuerySpec, int)}, telling {@code progress} about every {@code progress.interval()} rows read
     * and once when the stream is closed, for a batch job's progress line.
     */
    public Stream<T> stream(QuerySpec<? super T> spec, int fetchSize, ProgressListener progress) {
        Objects.requireNonNull(progress, "progress must not be null");
        ProgressTracker tracker = new ProgressTracker("stream " + entityClass.getSimpleName(), progress);
        return stream(spec, fetchSize).peek(row -> tracker.advance(1)).onClose(tracker::finish);
    }

    /** Runs one operation under the factory's listeners (dev.ormkit.core.observe); just runs it without any. */
    private <R> R observed(String operation, @Nullable QuerySpec<? super T> spec, Supplier<R> work) {
        return Operations.observe(session(), entityClass, operation, spec, work);
    }

    private Pager<T> pager() {
        return new Pager<>(queries());
    }

    private Queries<T> queries() {
        return querySource.queries(session());
    }
}
