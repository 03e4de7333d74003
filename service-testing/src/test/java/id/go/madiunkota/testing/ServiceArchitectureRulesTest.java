package id.go.madiunkota.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on a small fixture that breaks it (src/test/java/id/go/madiunkota/fixture/&lt;rule&gt;) and passes on
 * one that keeps every rule (fixture/good): a rule that cannot fail is a defect.
 */
class ServiceArchitectureRulesTest {

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages("id.go.madiunkota.fixture." + name);
    }

    private static List<String> violations(ArchRule rule, String fixture) {
        EvaluationResult result = rule.evaluate(fixture(fixture));
        return result.getFailureReport().getDetails();
    }

    @Test
    void aServiceThatKeepsEveryRulePassesThemAll() {
        JavaClasses good = fixture("good");
        assertThat(good.size()).isGreaterThanOrEqualTo(6);
        for (ArchRule rule : ServiceArchitectureRules.all()) {
            assertThat(rule.evaluate(good).getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
        }
    }

    @Test
    void aServiceTakingARestRecordIsFound() {
        assertThat(violations(ServiceArchitectureRules.SERVICE_DOES_NOT_DEPEND_ON_REST, "servicerest"))
                .isNotEmpty()
                .allMatch(line -> line.contains("servicerest.service.ThingService")
                        && line.contains("servicerest.rest.ThingBody"));
    }

    @Test
    void queriesOutsideARepositoryAreFound() {
        List<String> found = violations(ServiceArchitectureRules.ONLY_REPOSITORIES_QUERY, "query");

        assertThat(found).anyMatch(line -> line.contains("EntityManagerService") && line.contains("EntityManager"));
        assertThat(found).anyMatch(line -> line.contains("PanacheStringService.open()") && line.contains("list("));
        assertThat(found).anyMatch(line -> line.contains("JdbcService") && line.contains("java.sql.Connection"));
        assertThat(found).anyMatch(line -> line.contains("JdbcService") && line.contains("javax.sql.DataSource"));
        assertThat(found).noneMatch(line -> line.contains("PanacheStringService.one("));
        assertThat(found).noneMatch(line -> line.startsWith("Method <id.go.madiunkota.fixture.query.repository"));
    }

    @Test
    void anEntityDependingOnJsonOrAServiceIsFound() {
        List<String> found = violations(ServiceArchitectureRules.ENTITIES_DEPEND_ON_LITTLE, "entitydeps");

        assertThat(found).anyMatch(line -> line.contains("Leaky") && line.contains("JsonIgnore"));
        assertThat(found).anyMatch(line -> line.contains("Leaky") && line.contains("entitydeps.service.Policy"));
    }

    @Test
    void anApiRecordDependingOnAServiceIsFound() {
        assertThat(violations(ServiceArchitectureRules.API_DEPENDS_ON_NO_LAYER, "apideps"))
                .isNotEmpty()
                .anyMatch(line -> line.contains("apideps.api.View") && line.contains("apideps.service.Timing"));
    }

    @Test
    void aCycleBetweenPackagesIsFound() {
        String report = String.join("\n", violations(ServiceArchitectureRules.NO_PACKAGE_CYCLES, "cycle"));

        assertThat(report).contains("fixture.cycle.a.A").contains("fixture.cycle.b.B");
    }

    @Test
    void roleNamesWrittenAsLiteralsAreFoundButNotInComments() {
        List<String> found = violations(ServiceArchitectureRules.ROLE_NAMES_ONLY_IN_ROLES, "roles");

        assertThat(found).hasSize(2);
        assertThat(found)
                .anyMatch(line -> line.contains("\"ppid-officer\"") && line.contains("LiteralResource.java:9"));
        assertThat(found).anyMatch(line -> line.contains("\"auditor\"") && line.contains("LiteralResource.java:12"));
    }

    @Test
    void commentsAreBlankedButStringsAndLineNumbersStay() {
        String code = "a = \"x // y\"; // \"admin\"\n/* \"auditor\"\n */ b = '\"'; c = \"citizen\";";
        String blanked = RoleLiterals.withoutComments(code);

        assertThat(blanked).contains("\"x // y\"").doesNotContain("admin").doesNotContain("auditor")
                .contains("\"citizen\"");
        assertThat(blanked.split("\n", -1)).hasSize(3);
    }

    @Test
    void theRoleNamesAreThoseOfRoles() {
        assertThat(RoleLiterals.ROLE_NAMES).containsExactlyInAnyOrder(
                id.go.madiunkota.common.security.Roles.CITIZEN, id.go.madiunkota.common.security.Roles.PPID_OFFICER,
                id.go.madiunkota.common.security.Roles.PPID_SUPERIOR,
                id.go.madiunkota.common.security.Roles.HELPDESK_AGENT,
                id.go.madiunkota.common.security.Roles.VERIFIER, id.go.madiunkota.common.security.Roles.TRAINER,
                id.go.madiunkota.common.security.Roles.ADMIN, id.go.madiunkota.common.security.Roles.AUDITOR);
    }
}
