package id.go.madiunkota.training;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import id.go.madiunkota.testing.ServiceArchitectureRules;

/** The layer rules every service obeys (service-testing): api below rest and service, queries only in repositories. */
@AnalyzeClasses(packages = "id.go.madiunkota.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitectureRules.class);
}
