package dev.ormkit.audit;

import dev.ormkit.audit.internal.ActorScopes;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who the current actor is, and the settings that configure it.
 *
 * <pre>{@code
 * Auditing.as("nightly-import", () -> importer.run());   // every row written inside is by "nightly-import"
 * }</pre>
 *
 * <p>The actor of a change is, in order: the innermost {@link #as} block in which the application made it
 * (persist, merge, remove, or a setter on an entity whose session the block used), the {@link AuditorProvider}
 * set as {@link #AUDITOR_PROVIDER} (asked when the change is written), and the {@link #SYSTEM_ACTOR} (default
 * {@code "system"}).
 */
public final class Auditing {

    /** Hibernate property: the {@link AuditorProvider} instance that names the current actor. */
    public static final String AUDITOR_PROVIDER = "ormkit.audit.auditor_provider";

    /** Hibernate property: the actor used when no other is known; a string, default {@code "system"}. */
    public static final String SYSTEM_ACTOR = "ormkit.audit.system_actor";

    /** The default system actor. */
    public static final String DEFAULT_SYSTEM_ACTOR = "system";

    private Auditing() {}

    /**
     * Runs {@code work} with {@code actor} as the actor of every change it makes on this thread. Blocks nest; the
     * inner actor wins.
     *
     * <p>The actor belongs to the change, not to the flush that writes it: an entity persisted, merged or removed
     * inside the block is written with {@code actor} even when the flush or commit runs after the block, and when
     * the block ends normally the sessions it used (persisted, merged, removed or loaded an entity in) are flushed,
     * if their transaction is still open and their flush mode is not {@code MANUAL}, so that changes made through
     * setters inside the block are written under {@code actor} too. If {@code work} throws, nothing is flushed.
     *
     * <pre>{@code
     * Auditing.as("importer", () -> session.persist(invoice));   // created_by = 'importer', whenever it is flushed
     * }</pre>
     *
     * @throws InvalidActorException when {@code actor} is blank; {@code work} has not run
     */
    public static <T> T as(String actor, Supplier<T> work) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(work, "work must not be null");
        if (actor.isBlank()) {
            throw new InvalidActorException("The actor of Auditing.as is blank; name the user or job that makes the "
                    + "changes, such as \"nightly-import\".");
        }
        ActorScopes.open(actor);
        try {
            T result = work.get();
            ActorScopes.flushInnermost();
            return result;
        } finally {
            ActorScopes.close();
        }
    }

    /** Runs {@code work} with {@code actor} as the actor; see {@link #as(String, Supplier)}. */
    public static void as(String actor, Runnable work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }
}
