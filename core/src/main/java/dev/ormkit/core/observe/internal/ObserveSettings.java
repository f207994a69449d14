package dev.ormkit.core.observe.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.observe.NPlusOneReport;
import dev.ormkit.core.observe.OrmKitListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/** Reads and checks the reporting settings: fetch discipline, N+1 threshold, listeners. */
public final class ObserveSettings {

    private ObserveSettings() {}

    /** The factory's fetch discipline: {@code ormkit.fetch_discipline}, else {@code ormkit.strict_fetch}, else OFF. */
    public static FetchDiscipline discipline(Map<String, ?> properties) {
        FetchDiscipline own = disciplineOrNull(properties);
        return own != null ? own : FetchDiscipline.OFF;
    }

    /** As {@link #discipline}, but null when neither property is set (so a session can fall back to the factory). */
    public static @Nullable FetchDiscipline disciplineOrNull(Map<String, ?> properties) {
        Object value = properties.get(OrmKitProperties.FETCH_DISCIPLINE);
        if (value instanceof FetchDiscipline discipline) {
            return discipline;
        }
        if (value != null) {
            String text = value.toString().strip().toUpperCase(Locale.ROOT);
            for (FetchDiscipline discipline : FetchDiscipline.values()) {
                if (discipline.name().equals(text)) {
                    return discipline;
                }
            }
            throw new OrmKitConfigurationException(OrmKitProperties.FETCH_DISCIPLINE + " is " + describe(value)
                    + " but must be strict, report or off (a FetchDiscipline, or its name in any case). The default "
                    + "is off.");
        }
        Object strict = properties.get(OrmKitProperties.STRICT_FETCH);
        if (strict == null) {
            return null;
        }
        boolean on = strict instanceof Boolean flag ? flag : Boolean.parseBoolean(strict.toString().strip());
        return on ? FetchDiscipline.STRICT : FetchDiscipline.OFF;
    }

    /**
     * {@code ormkit.n_plus_one_threshold}: 0 turns detection off; else at least 2. Default
     * {@value NPlusOneReport#DEFAULT_THRESHOLD} when the fetch discipline is REPORT, else 0.
     */
    public static int nPlusOneThreshold(Map<String, ?> properties) {
        Object value = properties.get(OrmKitProperties.N_PLUS_ONE_THRESHOLD);
        if (value == null) {
            return discipline(properties) == FetchDiscipline.REPORT ? NPlusOneReport.DEFAULT_THRESHOLD : 0;
        }
        int threshold;
        try {
            threshold = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            threshold = -1;
        }
        if (threshold != 0 && threshold < 2) {
            throw new OrmKitConfigurationException(OrmKitProperties.N_PLUS_ONE_THRESHOLD + " is " + describe(value)
                    + " but must be 0 (off) or a whole number of at least 2: how many executions of one statement "
                    + "shape in a session make an N+1 report. The default is " + NPlusOneReport.DEFAULT_THRESHOLD
                    + " with fetch discipline report, else 0.");
        }
        return threshold;
    }

    /** Whether any listener is configured, without instantiating one. */
    static boolean anyListener(Map<String, ?> properties) {
        Object value = properties.get(OrmKitProperties.LISTENERS);
        boolean configured = value != null && !(value instanceof Collection<?> none && none.isEmpty())
                && !value.toString().isBlank();
        return configured || ServiceLoader.load(OrmKitListener.class, loader()).stream().findAny().isPresent();
    }

    /** The listeners of {@code ormkit.listeners} and of {@code META-INF/services}, in that order. */
    static List<OrmKitListener> listeners(Map<String, ?> properties) {
        List<OrmKitListener> listeners = new ArrayList<>();
        Object value = properties.get(OrmKitProperties.LISTENERS);
        if (value instanceof Collection<?> many) {
            many.forEach(one -> listeners.add(listener(one)));
        } else if (value instanceof String names) {
            for (String name : names.split(",")) {
                if (!name.isBlank()) {
                    listeners.add(listener(name.strip()));
                }
            }
        } else if (value != null) {
            listeners.add(listener(value));
        }
        ServiceLoader.load(OrmKitListener.class, loader()).forEach(listeners::add);
        return listeners;
    }

    private static OrmKitListener listener(Object value) {
        if (value instanceof OrmKitListener listener) {
            return listener;
        }
        try {
            Class<?> type = value instanceof Class<?> given ? given : Class.forName(value.toString(), true, loader());
            return (OrmKitListener) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError failure) {
            throw new OrmKitConfigurationException(OrmKitProperties.LISTENERS + " names " + describe(value)
                    + ", which is not a class implementing dev.ormkit.core.observe.OrmKitListener with a public "
                    + "no-argument constructor (" + failure.getClass().getSimpleName() + "). Give a listener "
                    + "instance, its Class, or its fully qualified class name.", failure);
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ObserveSettings.class.getClassLoader();
    }

    private static String describe(Object value) {
        return value instanceof String text ? dev.ormkit.core.internal.CallerText.show(text)
                : value.getClass().getName();
    }
}
