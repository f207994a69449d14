package dev.ormkit.testkit.sql.internal;

/**
 * The testkit's view of ormkit-core's statement shapes: the same normalisation and association guess the runtime
 * N+1 detector uses ({@code dev.ormkit.core.observe.internal.Shapes}), so a test and production name an N+1 alike.
 */
public final class Shapes {

    private Shapes() {}

    public static String of(String sql) {
        return dev.ormkit.core.observe.internal.Shapes.of(sql);
    }

    /** For {@code select ... from pet p1_0 where p1_0.owner_id=?}: "pet.owner_id (...)". */
    public static String likelyAssociation(String shape) {
        return dev.ormkit.core.observe.internal.Shapes.likelyAssociation(shape);
    }
}
