package dev.ormkit.micrometer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.ormkit.buildrules.ArchitectureRules;

/** ormkit's architecture rules over this module's main classes; the rules and their reasons are in ArchitectureRules. */
@AnalyzeClasses(packages = "dev.ormkit.micrometer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests ormkitRules = ArchTests.in(ArchitectureRules.class);
}
