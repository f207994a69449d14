package dev.ormkit.core.internal;

import dev.ormkit.core.Timestamped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Sets {@code createdAt}/{@code updatedAt} of {@link Timestamped} entities. Pre-insert and pre-update events
 * fire only for rows Hibernate really writes, after dirty checking, so a flush that changes nothing leaves
 * {@code updatedAt} alone. Both the entity and the state array Hibernate binds are changed; that the state's
 * {@code updatedAt} reaches the SQL also when only the version is dirty, or under {@code @DynamicUpdate}, is
 * {@link FlushFilledProperties}' doing.
 */
final class TimestampListener implements PreInsertEventListener, PreUpdateEventListener {

    private static final long serialVersionUID = 1L;

    private final transient Clock clock;
    private final transient ConcurrentMap<String, int[]> slots = new ConcurrentHashMap<>();

    TimestampListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (event.getEntity() instanceof Timestamped entity) {
            int[] slot = slotsOf(event.getPersister());
            Instant now = Clocks.now(clock);
            Object[] state = event.getState();
            Instant created = entity.getCreatedAt() == null ? now : entity.getCreatedAt();
            Instant updated = created.isAfter(now) ? created : now;
            EnhancedEntities.untracked(entity, () -> {
                entity.setCreatedAt(created);
                entity.setUpdatedAt(updated);
            });
            StateArrays.set(state, slot[0], entity.getCreatedAt());
            StateArrays.set(state, slot[1], entity.getUpdatedAt());
        }
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        if (event.getEntity() instanceof Timestamped entity) {
            Instant now = Clocks.now(clock);
            EnhancedEntities.untracked(entity, () -> entity.setUpdatedAt(now));
            StateArrays.set(event.getState(), slotsOf(event.getPersister())[1], now);
        }
        return false;
    }

    private int[] slotsOf(EntityPersister persister) {
        return slots.computeIfAbsent(persister.getEntityName(), name -> {
            String[] names = persister.getPropertyNames();
            return new int[] {StateArrays.indexOf(names, "createdAt"), StateArrays.indexOf(names, "updatedAt")};
        });
    }
}
