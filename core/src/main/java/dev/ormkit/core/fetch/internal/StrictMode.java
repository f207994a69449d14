package dev.ormkit.core.fetch.internal;

import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.observe.internal.ObserveSettings;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Resolves the fetch discipline of a lazy load: thread scope ({@code allowLazyLoads}: off), then the session's
 * properties, then the factory's ({@code ormkit.fetch_discipline} before {@code ormkit.strict_fetch} at each level).
 */
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
    static FetchDiscipline discipline(SharedSessionContractImplementor session) {
        if (ALLOWING.get() > 0) {
            return FetchDiscipline.OFF;
        }
        FetchDiscipline own = ObserveSettings.disciplineOrNull(
                session instanceof org.hibernate.Session s ? s.getProperties() : Map.of());
        return own != null ? own : ObserveSettings.discipline(session.getFactory().getProperties());
    }

    /** Fails at start-up on an invalid {@code ormkit.strict_fetch} or {@code ormkit.fetch_discipline}. */
    static void checkSetting(Map<String, ?> properties) {
        Object value = properties.get(dev.ormkit.core.OrmKitProperties.STRICT_FETCH);
        if (value != null && !(value instanceof Boolean)) {
            String text = value.toString().strip();
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                throw new dev.ormkit.core.OrmKitConfigurationException(dev.ormkit.core.OrmKitProperties.STRICT_FETCH
                        + " is '" + value + "' but must be true or false (a Boolean, or the text \"true\"/\"false\")."
                        + " The default is false.");
            }
        }
        ObserveSettings.discipline(properties);
    }
}
