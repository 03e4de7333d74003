package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.e2e.support.BrowserStory;
import id.go.madiunkota.e2e.support.Gateway;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The helpdesk agent at the desk, in a real browser with a real Keycloak login: a phone consultation recorded with the
 * keyboard alone (the name field has the focus, Tab between fields, the channel and the caller's role preset, the topic
 * picked by typing, Enter on the button), escalated to LKPP, LKPP's answer recorded and accepted by the caller, then
 * closed; the callback the escalation queued is on the desk and is marked as called. The API holds each step.
 */
class OfficeHelpdeskBrowserTest extends BrowserStory {

    @Test
    void aPhoneConsultationGoesToLkppAndBackAndIsClosed() {
        String caller = "Dewi Lestari " + ThreadLocalRandom.current().nextInt(1_000, 10_000);
        browser.open("/", "home").logIn("helpdesk-agent", "logged-in");
        browser.follow("/kantor", "office").follow("/kantor/helpdesk", "desk");

        // keyboard only: the name field has the focus when the desk opens
        browser.type(caller, Keys.TAB, "081298765432", Keys.TAB, Keys.TAB, Keys.TAB, "CV Sinar Abadi", Keys.TAB,
                "User", Keys.TAB, "Akun penyedia terkunci setelah salah kata sandi.", Keys.TAB).enter("recorded");
        assertThat(browser.has("selesai")).isTrue();
        String id = browser.path().replaceFirst("^/kantor/helpdesk/konsultasi/([0-9a-f-]{36}).*$", "$1");
        Gateway.as("helpdesk-agent").when().get("/api/helpdesk/consultations/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("channel", equalTo("PHONE"))
                .body("caller.name", equalTo(caller)).body("caller.role", equalTo("PROVIDER"))
                .body("topic", equalTo("USER_ID_PASSWORD"));

        browser.fill("note", "Mohon buka kunci akun penyedia.").submitForm("form-escalation", "escalated");
        browser.open("/kantor/helpdesk", "desk-callback");
        assertThat(browser.text("panggilan")).contains(caller);
        browser.open("/kantor/helpdesk/konsultasi/" + id, "consultation");
        browser.fill("answer", "Akun sudah dibuka oleh LKPP.").fill("lkppReference", "LKPP-HD-2026-009876")
                .submitForm("form-lkpp-answer", "lkpp-answered");
        browser.submitForm("form-relay", "relayed");
        browser.submitForm("form-closure", "closed");
        Gateway.as("helpdesk-agent").when().get("/api/helpdesk/consultations/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        browser.open("/kantor/helpdesk", "desk-after");
        assertThat(browser.mainText()).doesNotContain(caller);
    }
}
