package dev.ormkit.core.internal;

import com.github.f4b6a3.uuid.factory.standard.TimeOrderedEpochFactory;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Makes primary keys: RFC 9562 version 7 UUIDs from uuid-creator, which increments the random part within
 * a millisecond so ids made in one JVM are strictly increasing. Hibernate's own {@code VERSION_7} strategy
 * cannot be used here: it runs at persist with a session, and ormkit assigns the id at construction.
 *
 * <p>uuid-creator 6.1.1 tolerates a clock that steps back by less than one second (it keeps the last
 * millisecond and increments), but after a step of one second or more it starts again from the earlier time,
 * so the next id is smaller than the last (measured). ormkit feeds it a clock that never goes back: the
 * millisecond is the larger of the system clock and the last one used, and uuid-creator increments within
 * it until the system clock catches up.
 */
public final class Ids {

    private static final Supplier<UUID> IDS = monotonic(System::currentTimeMillis);

    private Ids() {}

    public static UUID newId() {
        return IDS.get();
    }

    /** Strictly increasing v7 ids over {@code wallClock} (milliseconds), even when it steps back. */
    public static Supplier<UUID> monotonic(LongSupplier wallClock) {
        AtomicLong last = new AtomicLong(Long.MIN_VALUE);
        TimeOrderedEpochFactory factory = TimeOrderedEpochFactory.builder()
                .withTimeFunction(() -> last.accumulateAndGet(wallClock.getAsLong(), Math::max))
                .build();
        return factory::create;
    }
}
