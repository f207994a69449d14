package dev.ormkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Guards between the published modules, which only a build that sees all of them can check: no cycles between
 * modules, and each module depends only on those below it. The rules inside each module (signatures, cycles between
 * packages, {@code @NullMarked}, documented exceptions) run in that module's own build, from
 * {@code build-rules/.../ArchitectureRules}.
 */
@AnalyzeClasses(packages = "dev.ormkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
}
