package dev.ormkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Guards of the published modules' shape: no internal types in public API, no cycles between modules. */
@AnalyzeClasses(packages = "dev.ormkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> PUBLISHED_API = new DescribedPredicate<>(
            "a public type of ormkit's published API") {
        @Override
        public boolean test(JavaClass type) {
            return type.getModifiers().contains(JavaModifier.PUBLIC)
                    && !type.getPackageName().contains(".internal")
                    && !type.getPackageName().startsWith("dev.ormkit.examples");
        }
    };

    @ArchTest
    static final ArchRule publicApiDoesNotExposeInternalTypes = codeUnits()
            .that().arePublic().or().areProtected()
            .and().areDeclaredInClassesThat(PUBLISHED_API)
            .should(new ArchCondition<JavaCodeUnit>("not use internal types in their signature") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    unit.getParameterTypes().forEach(type -> report(unit, type.toErasure(), events));
                    report(unit, unit.getRawReturnType(), events);
                }
            });

    @ArchTest
    static final ArchRule publicApiDoesNotExposeHibernateInternalsOrSpi = codeUnits()
            .that().arePublic().or().areProtected()
            .and().areDeclaredInClassesThat(PUBLISHED_API)
            .should(new ArchCondition<JavaCodeUnit>("not use Hibernate internal or SPI types in their signature") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    unit.getParameterTypes().forEach(type -> reportHibernate(unit, type.toErasure(), events));
                    reportHibernate(unit, unit.getRawReturnType(), events);
                }
            });

    @ArchTest
    static final ArchRule publishedTypesDoNotExtendHibernateInternalsOrSpi = com.tngtech.archunit.lang.syntax
            .ArchRuleDefinition.classes().that(PUBLISHED_API)
            .should(new ArchCondition<JavaClass>("not extend or implement Hibernate internal or SPI types") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    type.getRawSuperclass().ifPresent(superclass -> reportHibernate(type, superclass, events));
                    type.getRawInterfaces().forEach(contract -> reportHibernate(type, contract, events));
                }
            });

    @ArchTest
    static final ArchRule publicFieldsDoNotExposeInternalTypes = fields()
            .that().arePublic().and().areDeclaredInClassesThat(PUBLISHED_API)
            .should(new ArchCondition<JavaField>("not be of an internal type") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    report(field, field.getRawType(), events);
                }
            });

    /** Null policy once per package, as STYLE.md asks: every package of a published module is {@code @NullMarked}. */
    @ArchTest
    static void everyPublishedPackageIsNullMarked(com.tngtech.archunit.core.domain.JavaClasses classes) {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (JavaClass type : classes) {
            String name = type.getPackageName();
            if (name.startsWith("dev.ormkit") && !name.startsWith("dev.ormkit.examples")
                    && !type.getPackage().isAnnotatedWith(org.jspecify.annotations.NullMarked.class)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("Packages without @NullMarked in package-info.java: " + missing);
        }
    }

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("dev.ormkit.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreDependsOnNoOtherModule = noClasses().that().resideInAPackage("dev.ormkit.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.softdelete..", "dev.ormkit.audit..",
                    "dev.ormkit.testkit..", "dev.ormkit.examples..");

    @ArchTest
    static final ArchRule softDeleteDependsOnlyOnCore = noClasses().that().resideInAPackage("dev.ormkit.softdelete..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.audit..", "dev.ormkit.testkit..",
                    "dev.ormkit.examples..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule auditDependsOnlyOnCoreAndSoftDelete = noClasses().that().resideInAPackage("dev.ormkit.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.testkit..", "dev.ormkit.examples..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule testkitDependsOnlyOnCore = noClasses().that().resideInAPackage("dev.ormkit.testkit..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.softdelete..", "dev.ormkit.audit..",
                    "dev.ormkit.examples..");

    private static void reportHibernate(Object member, JavaClass type, ConditionEvents events) {
        String name = type.getPackageName();
        if (name.startsWith("org.hibernate") && (name.contains(".internal") || name.contains(".spi")
                || name.endsWith(".spi"))) {
            events.add(SimpleConditionEvent.violated(member, member + " exposes Hibernate type " + type.getName()));
        }
    }

    private static void report(Object member, JavaClass type, ConditionEvents events) {
        if (type.getPackageName().startsWith("dev.ormkit") && type.getPackageName().contains(".internal")) {
            events.add(SimpleConditionEvent.violated(member, member + " exposes internal type " + type.getName()));
        }
    }
}
