package dev.ormkit.core.tenant;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a block of work as one tenant. Sessions and entity managers opened inside the block — by
 * {@code OrmKit.inTransaction}, {@code SessionFactory.openSession()}, {@code EntityManagerFactory.createEntityManager()},
 * a stateless session, or Spring's shared {@code EntityManager} when its transaction starts inside the block — belong
 * to that tenant: Hibernate's {@code @TenantId} restriction is applied to every query they run and the tenant column
 * is filled on every insert.
 *
 * <pre>{@code
 * @Entity
 * class Invoice extends SoftDeletableEntity {
 *     @TenantId @Column(name = "tenant_id", nullable = false, updatable = false)
 *     private String tenantId;
 * }
 *
 * List<Invoice> open = Tenants.as("acme", () -> orm.fromTransaction(session ->
 *         session.createSelectionQuery("from Invoice where paid = false", Invoice.class).getResultList()));
 * }</pre>
 *
 * <p>The tenant is read when a session opens, not afterwards: a session opened as {@code "acme"} stays
 * {@code "acme"} until it closes, whatever block its later calls run in. Blocks nest (the innermost wins) and
 * end with their work, normally or not; the scope belongs to the calling thread and is not inherited by threads
 * the work starts. A session opened with no tenant on a factory that maps {@code @TenantId} entities fails with
 * {@link MissingTenantException}. An application with a resolver of its own (the Hibernate setting
 * {@code hibernate.tenant_identifier_resolver}) keeps it, and {@code Tenants} then has no effect.
 */
public final class Tenants {

    private static final ThreadLocal<@Nullable Object> CURRENT = new ThreadLocal<>();

    private Tenants() {}

    /**
     * Runs {@code work} as {@code tenant} and returns its result.
     *
     * @param tenant the tenant identifier, of the Java type of the entities' {@code @TenantId} property
     *        ({@code String}, {@code UUID}, {@code Long}, ...); must not be null or a blank string
     */
    public static <T> T as(Object tenant, Supplier<T> work) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(work, "work must not be null");
        if (tenant instanceof CharSequence text && text.toString().isBlank()) {
            throw new IllegalArgumentException("tenant must not be blank");
        }
        Object outer = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Runs {@code work} as {@code tenant}; see {@link #as(Object, Supplier)}. */
    public static void as(Object tenant, Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        as(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** The tenant of the innermost {@link #as} block on this thread, or empty outside every block. */
    public static Optional<Object> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
