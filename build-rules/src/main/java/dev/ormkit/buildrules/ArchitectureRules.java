package dev.ormkit.buildrules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The architecture rules of every published ormkit module, checked in each module's own build. A module runs them
 * over its own classes with a test class of three lines:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.ormkit.audit", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests ormkitRules = ArchTests.in(ArchitectureRules.class);
 * }
 * }</pre>
 *
 * <p>"Published" means a public type outside an {@code internal} package, nested only in published types: what a
 * user can compile against. Every rule allows an empty selection, so a module without, say, public exceptions
 * passes the exception rule.
 */
public final class ArchitectureRules {

    /** ormkit's marker for API that exposes incubating Hibernate API (in ormkit-core; named, not linked). */
    public static final String ORMKIT_INCUBATING = "dev.ormkit.core.Incubating";

    /** Hibernate's marker for API that may change in a minor release. */
    public static final String HIBERNATE_INCUBATING = "org.hibernate.Incubating";

    private ArchitectureRules() {}

    /**
     * No cycle between packages, where a package and its own {@code internal} subpackage count as one: a public
     * façade may call its implementation and the implementation may use the façade's types, but two features may
     * not lean on each other. ormkit's entry point ({@code OrmKit}, {@code OrmKitBuilder} and their bootstrap) is a
     * slice of its own above every feature, so a builder option may name a feature's type.
     */
    @ArchTest
    public static final ArchRule featuresHaveNoCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            return type.getPackageName().startsWith("dev.ormkit.") ? SliceIdentifier.of(Signatures.feature(type))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "ormkit packages, each together with its own internal subpackage";
        }
    }).should().beFreeOfCycles().allowEmptyShould(true);

    /**
     * No Hibernate {@code internal} or {@code spi} type in a public or protected signature of a published type:
     * parameters, return types, fields, thrown exceptions, type-parameter bounds, generic arguments, and the type's
     * own supertypes. Hibernate changes those in minor releases; ormkit's API must not.
     */
    @ArchTest
    public static final ArchRule apiExposesNoHibernateInternalsOrSpi = classes().that(Signatures.PUBLISHED)
            .should(exposeNone("Hibernate internal or SPI", Signatures::isHibernateInternalOrSpi))
            .allowEmptyShould(true);

    /** No ormkit {@code internal} type in a public or protected signature, or a supertype, of a published type. */
    @ArchTest
    public static final ArchRule apiExposesNoOrmKitInternals = classes().that(Signatures.PUBLISHED)
            .should(exposeNone("ormkit internal", Signatures::isOrmKitInternal))
            .allowEmptyShould(true);

    /**
     * Published classes do not work with Hibernate SPI themselves: they delegate to an {@code internal} class, so the
     * code that breaks when Hibernate's SPI changes lives where users cannot reach it.
     */
    @ArchTest
    public static final ArchRule apiDelegatesHibernateSpiToInternal = noClasses()
            .that(Signatures.PUBLISHED)
            .should().dependOnClassesThat(DescribedPredicate.describe("are Hibernate internal or SPI types",
                    Signatures::isHibernateInternalOrSpi))
            .allowEmptyShould(true);

    /**
     * API that exposes an {@code @org.hibernate.Incubating} type is marked {@code @dev.ormkit.core.Incubating} (on
     * the member or its type), so users see which part of ormkit may change with Hibernate.
     */
    @ArchTest
    public static final ArchRule apiExposingIncubatingHibernateIsIncubating = classes().that(Signatures.PUBLISHED)
            .should(new ArchCondition<JavaClass>("mark API exposing @" + HIBERNATE_INCUBATING + " types @"
                    + ORMKIT_INCUBATING) {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (Signatures.isIncubating(type)) {
                        return;
                    }
                    Signatures.supertypes(type).stream().filter(Signatures::isHibernateIncubating).forEach(exposed ->
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " extends incubating "
                                    + exposed.getName() + " but is not annotated @" + ORMKIT_INCUBATING)));
                    for (JavaMember member : Signatures.apiMembers(type)) {
                        if (member.isAnnotatedWith(ORMKIT_INCUBATING)) {
                            continue;
                        }
                        Signatures.of(member).stream().filter(Signatures::isHibernateIncubating).forEach(exposed ->
                                events.add(SimpleConditionEvent.violated(member, member.getFullName() + " exposes "
                                        + "incubating " + exposed.getName() + " but neither it nor "
                                        + type.getSimpleName() + " is annotated @" + ORMKIT_INCUBATING)));
                    }
                }
            }).allowEmptyShould(true);

    /** Null policy once per package: every package has a {@code package-info.java} annotated {@code @NullMarked}. */
    @ArchTest
    public static final ArchRule everyPackageIsNullMarked = classes()
            .that().resideInAPackage("dev.ormkit..")
            .should(new ArchCondition<JavaClass>("reside in a package annotated @NullMarked") {
                private final SortedSet<String> missing = new TreeSet<>();

                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!type.getPackage().isAnnotatedWith("org.jspecify.annotations.NullMarked")) {
                        missing.add(type.getPackageName());
                    }
                }

                @Override
                public void finish(ConditionEvents events) {
                    missing.forEach(name -> events.add(SimpleConditionEvent.violated(name, "Package " + name
                            + " has no package-info.java annotated @org.jspecify.annotations.NullMarked")));
                    missing.clear();
                }
            }).allowEmptyShould(true);

    /**
     * Every published exception type is listed by name in {@code docs/troubleshooting.md}, so users can look up what
     * they catch. Found from the working directory upwards (a module's build runs in the module's folder).
     */
    @ArchTest
    public static final ArchRule exceptionsAreListedInTroubleshooting = classes().that(Signatures.PUBLISHED)
            .and(DescribedPredicate.describe("are exceptions", Signatures::isThrowable))
            .should(new ArchCondition<JavaClass>("be listed in docs/troubleshooting.md") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String page = Troubleshooting.page();
                    if (!page.contains("`" + type.getSimpleName())) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is a public exception but "
                                + "docs/troubleshooting.md does not list it: add a row `" + type.getSimpleName()
                                + "` | when it is thrown | how to fix it."));
                    }
                }
            }).allowEmptyShould(true);

    private static ArchCondition<JavaClass> exposeNone(String what, Predicate<JavaClass> forbidden) {
        return new ArchCondition<>("expose no " + what + " type in a public or protected signature or supertype") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Signatures.supertypes(type).stream().filter(forbidden).forEach(exposed -> events.add(
                        SimpleConditionEvent.violated(type, type.getName() + " extends " + what + " type "
                                + exposed.getName())));
                for (JavaMember member : Signatures.apiMembers(type)) {
                    Signatures.of(member).stream().filter(forbidden).forEach(exposed -> events.add(
                            SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + what
                                    + " type " + exposed.getName())));
                }
            }
        };
    }
}
