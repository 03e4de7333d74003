package id.go.madiunkota.testing;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The rules run the way a service runs them (its ArchitectureTest), here over the fixture that keeps them all. A
 * service adds {@code importOptions = ImportOption.DoNotIncludeTests.class}; the fixture is test code, so not here.
 */
@AnalyzeClasses(packages = "id.go.madiunkota.fixture.good")
class GoodFixtureArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitectureRules.class);
}
