package id.go.madiunkota.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The architecture every service keeps, checked by ArchUnit. A service runs all of them with one test class:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "id.go.madiunkota.ppid", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests rules = ArchTests.in(ServiceArchitectureRules.class);
 * }
 * </pre>
 *
 * Package patterns use {@code ..x..}, so a subpackage such as {@code ppid.calendar.service} obeys the same rules as
 * {@code ppid.service}. Every rule allows an empty set (a service without an {@code api} package passes that rule).
 */
public final class ServiceArchitectureRules {

    private static final String ROOT = "id.go.madiunkota..";
    static final String REST = ROOT + "rest..";
    static final String SERVICE = ROOT + "service..";
    static final String REPOSITORY = ROOT + "repository..";
    static final String ENTITY = ROOT + "entity..";
    static final String API = ROOT + "api..";

    /** Panache methods whose first argument is a query string ({@code find("status", s)}). */
    private static final Set<String> PANACHE_QUERY_METHODS = Set.of("find", "list", "stream", "count", "update",
            "delete");

    /** {@code rest} sits above {@code service}: a service takes api records or plain arguments, never rest types. */
    @ArchTest
    public static final ArchRule SERVICE_DOES_NOT_DEPEND_ON_REST = noClasses()
            .that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAPackage(REST)
            .because("mapping to answers happens in the resource; a service takes api records or plain arguments")
            .allowEmptyShould(true);

    /** The one place that queries: repositories. */
    @ArchTest
    public static final ArchRule ONLY_REPOSITORIES_QUERY = noClasses()
            .that().resideOutsideOfPackage(REPOSITORY)
            .should().dependOnClassesThat(persistenceAccess())
            .orShould().callMethodWhere(queryStringCall())
            .as("only classes in ..repository.. use EntityManager, Hibernate Session, JDBC or DataSource, "
                    + "or write query strings")
            .because("a query string outside a repository spreads the schema over the service")
            .allowEmptyShould(true);

    /**
     * Entities are the data and its rules, nothing more. Two kinds of annotation are let through, as they add no
     * behaviour: Hibernate's mapping annotations ({@code @JdbcTypeCode} for a JSON column, the persistence mapping
     * that Jakarta persistence has no word for) and OpenAPI's ({@code @Schema} on an enum the answers show).
     */
    @ArchTest
    public static final ArchRule ENTITIES_DEPEND_ON_LITTLE = classes()
            .that().resideInAPackage(ENTITY)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.persistence..",
                    "jakarta.validation..", "id.go.madiunkota.common..", ENTITY, "org.hibernate.annotations..",
                    "org.eclipse.microprofile.openapi.annotations..")
            .because("an entity depends only on the JDK, Jakarta persistence and validation, service-common value "
                    + "types and other entities (and on mapping and documentation annotations)")
            .allowEmptyShould(true);

    /** The contract (request and response records) stands below everything else. */
    @ArchTest
    public static final ArchRule API_DEPENDS_ON_NO_LAYER = noClasses()
            .that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(REST, SERVICE, REPOSITORY)
            .because("the api records are depended on by rest and service, and depend on neither")
            .allowEmptyShould(true);

    /** Each package of a service is a slice; no two depend on each other, directly or around a circle. */
    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("id.go.madiunkota.(**)")
            .should().beFreeOfCycles()
            .as("no cycles between the packages of a service")
            .allowEmptyShould(true);

    /** Role names are written once, in {@code id.go.madiunkota.common.security.Roles}. */
    @ArchTest
    public static final ArchRule ROLE_NAMES_ONLY_IN_ROLES = classes()
            .that().areTopLevelClasses()
            .and().doNotHaveSimpleName("Roles")
            .should(RoleLiterals.notBeWritten())
            .as("role-name string literals only in Roles")
            .because("a role is named through Roles.X, so that a renamed or mistyped role fails to compile")
            .allowEmptyShould(true);

    /** Every rule above, for a test that checks them one by one. */
    public static List<ArchRule> all() {
        return List.of(SERVICE_DOES_NOT_DEPEND_ON_REST, ONLY_REPOSITORIES_QUERY, ENTITIES_DEPEND_ON_LITTLE,
                API_DEPENDS_ON_NO_LAYER, NO_PACKAGE_CYCLES, ROLE_NAMES_ONLY_IN_ROLES);
    }

    private ServiceArchitectureRules() {
    }

    /** EntityManager (and Hibernate's Session, a kind of it), JPA queries, JDBC and DataSource. */
    private static DescribedPredicate<JavaClass> persistenceAccess() {
        return assignableTo("jakarta.persistence.EntityManager")
                .or(assignableTo("jakarta.persistence.EntityManagerFactory"))
                .or(assignableTo("jakarta.persistence.Query"))
                .or(assignableTo("org.hibernate.SharedSessionContract"))
                .or(resideInAnyPackage("java.sql..", "javax.sql.."))
                .as("EntityManager, Hibernate Session, JPA queries, JDBC or DataSource");
    }

    /** A Panache call with a query string: {@code repository.find("status", value)}, {@code Entity.update("...")}. */
    private static DescribedPredicate<JavaMethodCall> queryStringCall() {
        return DescribedPredicate.describe("a Panache method with a query string", call -> {
            if (!PANACHE_QUERY_METHODS.contains(call.getName())) {
                return false;
            }
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            if (parameters.isEmpty() || !parameters.get(0).isEquivalentTo(String.class)) {
                return false;
            }
            JavaClass owner = call.getTargetOwner();
            return owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                    || owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                    || owner.isAssignableTo("io.quarkus.hibernate.orm.panache.common.runtime.AbstractJpaOperations");
        });
    }
}
