package id.go.madiunkota.helpdesk;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import id.go.madiunkota.testing.ServiceArchitectureRules;

/** The layers of the service point one way, queries live in repositories, role names come from {@code Roles}. */
@AnalyzeClasses(packages = "id.go.madiunkota.helpdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(ServiceArchitectureRules.class);
}
