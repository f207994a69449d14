package dev.ormkit.core.internal;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/**
 * Makes primary keys: RFC 9562 version 7 UUIDs from uuid-creator, which increments the random part within
 * a millisecond so ids made in one JVM are strictly increasing. Hibernate's own {@code VERSION_7} strategy
 * cannot be used here: it runs at persist with a session, and ormkit assigns the id at construction.
 */
public final class Ids {

    private Ids() {}

    public static UUID newId() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
