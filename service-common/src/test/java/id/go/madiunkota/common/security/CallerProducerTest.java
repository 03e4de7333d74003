package id.go.madiunkota.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** {@code @Inject Caller} names the caller of the request being answered, and of no other. */
@QuarkusTest
class CallerProducerTest {

    @Test
    @TestSecurity(user = "petugas.ppid", roles = {Roles.PPID_OFFICER, Roles.AUDITOR})
    void aSignedInCallerIsNamedByTheirPrincipal() {
        given().when().get("/caller-test").then().statusCode(200)
                .body("subject", equalTo("petugas.ppid"))
                .body("displayName", equalTo("petugas.ppid"))
                .body("roles", contains("auditor", "ppid-officer"))
                .body("anonymous", equalTo(false));
    }

    @Test
    void aCallWithoutTokenIsAnonymous() {
        given().when().get("/caller-test").then().statusCode(200)
                .body("subject", nullValue())
                .body("displayName", nullValue())
                .body("roles", empty())
                .body("anonymous", equalTo(true));
    }

    @Test
    @TestSecurity(user = "warga1", roles = Roles.CITIZEN)
    void anApplicationWideBeanLooksTheCallerUpPerRequest() {
        given().when().get("/caller-test/looked-up").then().statusCode(200)
                .body("subject", equalTo("warga1"))
                .body("roles", contains("citizen"));
    }

    @Test
    void aCallerInjectedStraightIntoASingletonIsRefused() {
        assertThatThrownBy(() -> Arc.container().instance(CallerTestResource.KeepsTheFirstCaller.class).get())
                .hasStackTraceContaining("A Caller belongs to one request");
    }
}
