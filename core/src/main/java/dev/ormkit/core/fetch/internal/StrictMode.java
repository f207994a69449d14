package dev.ormkit.core.fetch.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.jspecify.annotations.Nullable;

/** Resolves whether strict fetch mode is on: thread scope, then session property, then factory property. */
public final class StrictMode {

    private static final ThreadLocal<Integer> ALLOWING = ThreadLocal.withInitial(() -> 0);

    private StrictMode() {}

    public static <R> R allowing(Supplier<R> work) {
        ALLOWING.set(ALLOWING.get() + 1);
        try {
            return work.get();
        } finally {
            int depth = ALLOWING.get() - 1;
            if (depth == 0) {
                ALLOWING.remove();
            } else {
                ALLOWING.set(depth);
            }
        }
    }

    /** Called only on the lazy-load path: reading session properties allocates a map. */
    static boolean isOn(SharedSessionContractImplementor session) {
        if (ALLOWING.get() > 0) {
            return false;
        }
        Boolean own = parse(session instanceof org.hibernate.Session s ? s.getProperties() : Map.of());
        if (own != null) {
            return own;
        }
        Boolean factory = parse(session.getFactory().getProperties());
        return factory != null && factory;
    }

    /** Fails at start-up on a factory value other than a Boolean or "true"/"false", instead of reading it as off. */
    static void checkSetting(Map<String, ?> properties) {
        Object value = properties.get(OrmKitProperties.STRICT_FETCH);
        if (value == null || value instanceof Boolean) {
            return;
        }
        String text = value.toString().strip();
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new OrmKitConfigurationException(OrmKitProperties.STRICT_FETCH + " is '" + value
                    + "' but must be true or false (a Boolean, or the text \"true\"/\"false\"). The default is false.");
        }
    }

    private static @Nullable Boolean parse(Map<String, ?> properties) {
        Object value = properties.get(OrmKitProperties.STRICT_FETCH);
        if (value == null) {
            return null;
        }
        return value instanceof Boolean flag ? flag : Boolean.valueOf(value.toString().strip());
    }
}
