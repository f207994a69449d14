package dev.ormkit.audit.internal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The sessions each open {@code Auditing.as} block on this thread has used (persisted, merged, removed or loaded
 * an entity in). When a block ends normally they are flushed while its actor is still in scope, so that a change
 * made inside the block is written under the block's actor even when the transaction commits after it — also a
 * change made through a setter, which raises no event that could record the actor.
 */
public final class ActorScopes {

    private static final ThreadLocal<ArrayDeque<Set<SessionImplementor>>> OPEN = new ThreadLocal<>();

    private ActorScopes() {}

    /** Starts tracking the sessions of a new, innermost block. */
    public static void open() {
        ArrayDeque<Set<SessionImplementor>> blocks = OPEN.get();
        if (blocks == null) {
            blocks = new ArrayDeque<>();
            OPEN.set(blocks);
        }
        blocks.push(Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Records that every open block used {@code session}; stateless sessions write at once and are not kept. */
    static void touched(SharedSessionContractImplementor session) {
        ArrayDeque<Set<SessionImplementor>> blocks = OPEN.get();
        if (blocks != null && session instanceof SessionImplementor stateful) {
            for (Set<SessionImplementor> block : blocks) {
                block.add(stateful);
            }
        }
    }

    /**
     * Flushes the sessions the innermost block used that are still open, in a transaction, and not in manual
     * flush mode (a read-only transaction).
     */
    public static void flushInnermost() {
        ArrayDeque<Set<SessionImplementor>> blocks = OPEN.get();
        if (blocks == null || blocks.isEmpty()) {
            return;
        }
        for (SessionImplementor session : blocks.peek()) {
            if (session.isOpen() && session.isTransactionInProgress()
                    && session.getHibernateFlushMode() != FlushMode.MANUAL) {
                session.flush();
            }
        }
    }

    /** Ends the innermost block. */
    public static void close() {
        ArrayDeque<Set<SessionImplementor>> blocks = OPEN.get();
        if (blocks != null) {
            blocks.poll();
            if (blocks.isEmpty()) {
                OPEN.remove();
            }
        }
    }
}
