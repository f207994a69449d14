package dev.ormkit.core.observe.internal;

import java.util.Optional;
import java.util.Set;

/**
 * The code location a report names: the first stack frame that belongs to the application — not the JDK,
 * Hibernate, a proxy, a common framework, or ormkit's own entry points and internals. Walked only when a report
 * is made, never per statement.
 */
public final class Origins {

    private static final String[] LIBRARY_PREFIXES = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.",
            "org.hibernate.", "org.springframework.", "net.bytebuddy.", "com.zaxxer.", "org.postgresql.",
            "net.ttddyy.", "io.micrometer.", "org.junit.", "org.apache.maven.", "org.aspectj."};
    /** ormkit's public classes that run application work; an application's subclass of them is not skipped. */
    private static final Set<String> ORMKIT_ENTRY_POINTS = Set.of("dev.ormkit.core.OrmKit",
            "dev.ormkit.core.repository.EntityRepository", "dev.ormkit.core.fetch.StrictFetch",
            "dev.ormkit.core.write.BulkImport", "dev.ormkit.core.write.BatchInsert",
            "dev.ormkit.softdelete.SoftDeletes", "dev.ormkit.softdelete.SoftDeletableRepository");

    private static final StackWalker WALKER = StackWalker.getInstance();

    private Origins() {}

    /** {@code com.acme.Clinic.report(Clinic.java:42)}, or {@code "unknown"}. */
    public static String current() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames
                .filter(f -> isApplication(f.getClassName())).findFirst());
        return frame.map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
                + f.getLineNumber() + ")").orElse("unknown");
    }

    static boolean isApplication(String className) {
        for (String prefix : LIBRARY_PREFIXES) {
            if (className.startsWith(prefix)) {
                return false;
            }
        }
        if (className.contains("$HibernateProxy") || className.contains("$$SpringCGLIB$$")) {
            return false;
        }
        if (className.startsWith("dev.ormkit.")) {
            return !className.contains(".internal.") && !ORMKIT_ENTRY_POINTS.contains(className);
        }
        return true;
    }
}
