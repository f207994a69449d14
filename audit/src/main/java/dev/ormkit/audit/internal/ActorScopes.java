package dev.ormkit.audit.internal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.jspecify.annotations.Nullable;

/**
 * The open {@code Auditing.as} blocks on this thread, innermost first: each block's actor and the sessions it has
 * used (persisted, merged, removed or loaded an entity in). When a block ends normally they are flushed while its
 * actor is still in scope, so that a change made inside the block is written under the block's actor even when the
 * transaction commits after it — also a change made through a setter, which raises no event that could record the
 * actor.
 */
public final class ActorScopes {

    private record Block(String actor, Set<SessionImplementor> sessions) {}

    private static final ThreadLocal<ArrayDeque<Block>> OPEN = new ThreadLocal<>();

    private ActorScopes() {}

    /** Starts a new, innermost block whose changes are by {@code actor}. */
    public static void open(String actor) {
        ArrayDeque<Block> blocks = OPEN.get();
        if (blocks == null) {
            blocks = new ArrayDeque<>();
            OPEN.set(blocks);
        }
        blocks.push(new Block(actor, Collections.newSetFromMap(new IdentityHashMap<>())));
    }

    /** The actor of the innermost open block on this thread, or {@code null} outside every block. */
    public static @Nullable String actor() {
        ArrayDeque<Block> blocks = OPEN.get();
        Block innermost = blocks == null ? null : blocks.peek();
        return innermost == null ? null : innermost.actor();
    }

    /** Records that every open block used {@code session}; stateless sessions write at once and are not kept. */
    static void touched(SharedSessionContractImplementor session) {
        ArrayDeque<Block> blocks = OPEN.get();
        if (blocks != null && session instanceof SessionImplementor stateful) {
            for (Block block : blocks) {
                block.sessions().add(stateful);
            }
        }
    }

    /**
     * Flushes the sessions the innermost block used that are still open, in a transaction, and not in manual
     * flush mode (a read-only transaction).
     */
    public static void flushInnermost() {
        ArrayDeque<Block> blocks = OPEN.get();
        if (blocks == null || blocks.isEmpty()) {
            return;
        }
        for (SessionImplementor session : blocks.peek().sessions()) {
            if (session.isOpen() && session.isTransactionInProgress()
                    && session.getHibernateFlushMode() != FlushMode.MANUAL) {
                session.flush();
            }
        }
    }

    /** Ends the innermost block. */
    public static void close() {
        ArrayDeque<Block> blocks = OPEN.get();
        if (blocks != null) {
            blocks.poll();
            if (blocks.isEmpty()) {
                OPEN.remove();
            }
        }
    }
}
