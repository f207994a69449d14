package dev.ormkit.audit;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Who the current actor is, and the settings that configure it.
 *
 * <pre>{@code
 * Auditing.as("nightly-import", () -> importer.run());   // every row written inside is by "nightly-import"
 * }</pre>
 *
 * <p>The actor of a write is, in order: the innermost {@link #as} block on the flushing thread, the
 * {@link AuditorProvider} set as {@link #AUDITOR_PROVIDER}, and the {@link #SYSTEM_ACTOR} (default
 * {@code "system"}).
 */
public final class Auditing {

    /** Hibernate property: the {@link AuditorProvider} instance that names the current actor. */
    public static final String AUDITOR_PROVIDER = "ormkit.audit.auditor_provider";

    /** Hibernate property: the actor used when no other is known; a string, default {@code "system"}. */
    public static final String SYSTEM_ACTOR = "ormkit.audit.system_actor";

    /** The default system actor. */
    public static final String DEFAULT_SYSTEM_ACTOR = "system";

    private static final ThreadLocal<@Nullable String> OVERRIDE = new ThreadLocal<>();

    private Auditing() {}

    /**
     * Runs {@code work} with {@code actor} as the actor of every row it writes on this thread — including the
     * flush at commit, if the transaction commits inside the block. Blocks nest; the inner actor wins.
     */
    public static <T> T as(String actor, Supplier<T> work) {
        Objects.requireNonNull(actor, "actor must not be null");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor must not be blank");
        }
        String outer = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(outer);
            }
        }
    }

    /** Runs {@code work} with {@code actor} as the actor; see {@link #as(String, Supplier)}. */
    public static void as(String actor, Runnable work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }

    /** The actor of the innermost {@link #as} block on this thread, if any. */
    public static @Nullable String scopedActor() {
        return OVERRIDE.get();
    }
}
