package dev.ormkit.buildrules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a published type shows its users: which types are published, and the types each signature names. */
final class Signatures {

    static final DescribedPredicate<JavaClass> PUBLISHED = DescribedPredicate.describe(
            "are published (public, outside internal packages, nested only in published types)", Signatures::isPublished);

    private static final Set<String> THROWABLES = Set.of("java.lang.Throwable", "java.lang.Exception",
            "java.lang.Error");

    private Signatures() {}

    static boolean isPublished(JavaClass type) {
        if (!type.getModifiers().contains(JavaModifier.PUBLIC) || isInternalPackage(type.getPackageName())) {
            return false;
        }
        Optional<JavaClass> enclosing = type.getEnclosingClass();
        return enclosing.isEmpty() || isPublished(enclosing.get());
    }

    /**
     * ormkit's entry point: the builder that assembles every feature, the facade it builds and the bootstrap (with
     * its pools) behind them. They sit above every feature (a builder option names the feature's own type, such as
     * a listener or a fetch discipline) while the features use the root package's vocabulary (exceptions,
     * {@code BaseEntity}, property names), so they form a slice of their own instead of closing a cycle through
     * {@code dev.ormkit.core}.
     * Nothing in a feature may depend on them; a cycle through them still fails.
     */
    static final Set<String> ENTRY_POINTS = Set.of("dev.ormkit.core.OrmKit", "dev.ormkit.core.OrmKitBuilder",
            "dev.ormkit.core.internal.Bootstrap", "dev.ormkit.core.internal.Pools");

    /**
     * The package a type belongs to for the cycle rule: its own, with any {@code .internal…} tail cut off; the
     * {@linkplain #ENTRY_POINTS entry point} is a slice of its own.
     */
    static String feature(JavaClass type) {
        if (ENTRY_POINTS.contains(topLevel(type).getName())) {
            return "dev.ormkit.core (entry point)";
        }
        String name = type.getPackageName();
        int internal = (name + ".").indexOf(".internal.");
        return internal < 0 ? name : name.substring(0, internal);
    }

    static boolean isOrmKitInternal(JavaClass type) {
        return type.getPackageName().startsWith("dev.ormkit.") && isInternalPackage(type.getPackageName());
    }

    static boolean isHibernateInternalOrSpi(JavaClass type) {
        String name = "." + type.getPackageName() + ".";
        return name.startsWith(".org.hibernate.") && (name.contains(".internal.") || name.contains(".spi."));
    }

    static boolean isHibernateIncubating(JavaClass type) {
        return type.getPackageName().startsWith("org.hibernate") && type.isAnnotatedWith(ArchitectureRules.HIBERNATE_INCUBATING);
    }

    /** Whether the type, or a type it is nested in, is marked {@code @dev.ormkit.core.Incubating}. */
    static boolean isIncubating(JavaClass type) {
        for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
            if (t.get().isAnnotatedWith(ArchitectureRules.ORMKIT_INCUBATING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the type is an exception or error, read from its superclass names: ArchUnit resolves only the first
     * levels of a class's JDK superclasses ({@code RuntimeException}, {@code Exception}), so
     * {@code isAssignableTo(Throwable.class)} is false for every exception (measured with ArchUnit 1.4.1).
     */
    static boolean isThrowable(JavaClass type) {
        for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getRawSuperclass()) {
            if (THROWABLES.contains(t.get().getName())) {
                return true;
            }
        }
        return false;
    }

    static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** The public and protected members a user can compile against (compiler-made members left out). */
    static List<JavaMember> apiMembers(JavaClass type) {
        List<JavaMember> members = new ArrayList<>();
        for (JavaMember member : type.getMembers()) {
            Set<JavaModifier> modifiers = member.getModifiers();
            if ((modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                    && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE)) {
                members.add(member);
            }
        }
        return members;
    }

    /** Every type a member's signature names: parameters, return, field type, throws, bounds, generic arguments. */
    static Set<JavaClass> of(JavaMember member) {
        Set<JavaClass> types = new LinkedHashSet<>();
        if (member instanceof JavaField field) {
            add(types, field.getType());
        } else if (member instanceof JavaCodeUnit unit) {
            unit.getParameterTypes().forEach(parameter -> add(types, parameter));
            add(types, unit.getReturnType());
            unit.getThrowsClause().getTypes().forEach(thrown -> add(types, thrown));
            unit.getTypeParameters().forEach(variable -> addBounds(types, variable));
        }
        return types;
    }

    /** The type's superclass and interfaces with their generic arguments, and its type-parameter bounds. */
    static Set<JavaClass> supertypes(JavaClass type) {
        Set<JavaClass> types = new LinkedHashSet<>();
        type.getSuperclass().ifPresent(superclass -> add(types, superclass));
        type.getInterfaces().forEach(contract -> add(types, contract));
        type.getTypeParameters().forEach(variable -> addBounds(types, variable));
        return types;
    }

    private static void addBounds(Set<JavaClass> types, JavaTypeVariable<?> variable) {
        variable.getUpperBounds().forEach(bound -> add(types, bound));
    }

    private static void add(Set<JavaClass> types, JavaType type) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            types.add(raw.isArray() ? raw.getBaseComponentType() : raw);
        }
    }

    private static boolean isInternalPackage(String name) {
        return ("." + name + ".").contains(".internal.");
    }
}
