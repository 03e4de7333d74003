package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.e2e.support.BrowserStory;
import id.go.madiunkota.e2e.support.Gateway;
import org.junit.jupiter.api.Test;

/**
 * The administrator keeps the working-day calendar in a real browser with a real Keycloak login: a far year (2098,
 * which no other story counts over) runs on predicted holidays; an additional holiday is added and removed again with
 * its reason; the year's decree is entered as CSV, after which the year is decreed. Entering the same decree again
 * changes nothing, so the story can run on every run against the same database.
 */
class OfficeCalendarBrowserTest extends BrowserStory {

    private static final String CSV = String.join("\n", "record,value,name", "year,2098,",
            "decree,2026-11-02,\"9 Tahun 2026, 10 Tahun 2026, 11 Tahun 2026\"",
            "holiday,2098-01-01,Tahun Baru 2098 Masehi", "holiday,2098-05-01,Hari Buruh Internasional",
            "holiday,2098-06-01,Hari Lahir Pancasila", "holiday,2098-08-17,Hari Kemerdekaan Republik Indonesia",
            "holiday,2098-12-25,Hari Raya Natal");

    @Test
    void theAdministratorAddsAndRemovesADayAndEntersTheYearsDecree() {
        browser.open("/", "home").logIn("admin", "logged-in");
        browser.follow("/kantor", "office").follow("/kantor/kalender", "calendar");
        browser.open("/kantor/kalender?tahun=2098", "year-2098");

        browser.set("date", "2098-03-03").choose("kind", "AD_HOC").fill("name", "Libur tambahan uji e2e")
                .fill("reason", "Uji alur kalender").submitForm("form-hari", "day-added");
        assertThat(browser.has("hari-2098-03-03")).isTrue();
        browser.driver().findElement(org.openqa.selenium.By.id("f-why-2098-03-03")).sendKeys("Dibatalkan");
        browser.submitFormOf("hari-2098-03-03", "day-removed");
        assertThat(browser.has("hari-2098-03-03")).isFalse();

        browser.fill("csv", CSV).submitForm("form-skb", "decree-entered");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("status-tahun"))
                .getDomAttribute("data-provisional")).isEqualTo("false");
        Gateway.anonymous().when().get("/api/ppid/calendar/non-working-days?year=2098&size=366").then()
                .statusCode(200).body("yearCalendar", equalTo("DECREED"));
    }
}
