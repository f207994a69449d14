package dev.ormkit.core.internal;

import org.jspecify.annotations.Nullable;

/** Reading and writing Hibernate's per-entity state arrays by property name, for ormkit's event listeners. */
public final class StateArrays {

    private StateArrays() {}

    /** The index of {@code name} in a persister's property names, or -1 when the entity maps no such property. */
    public static int indexOf(String[] propertyNames, String name) {
        for (int i = 0; i < propertyNames.length; i++) {
            if (propertyNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Sets {@code state[index]} unless the index is -1 (the property is not mapped). */
    public static void set(Object[] state, int index, @Nullable Object value) {
        if (index >= 0) {
            state[index] = value;
        }
    }
}
