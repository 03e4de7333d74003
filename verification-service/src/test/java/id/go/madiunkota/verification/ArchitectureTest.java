package id.go.madiunkota.verification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import id.go.madiunkota.testing.ServiceArchitectureRules;

/** The layers of every service: api below rest and service, queries only in repositories, plain entities. */
@AnalyzeClasses(packages = "id.go.madiunkota.verification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitectureRules.class);
}
