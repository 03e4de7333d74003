package id.go.madiunkota.ppid;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import id.go.madiunkota.testing.ServiceArchitectureRules;

/** ppid-service keeps the architecture every service keeps (layers, queries, entities, cycles, role names). */
@AnalyzeClasses(packages = "id.go.madiunkota.ppid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitectureRules.class);
}
