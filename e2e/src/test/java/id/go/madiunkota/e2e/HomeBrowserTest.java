package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.BrowserStory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The home page in a real browser: in Indonesian it names the four services, each link opens that service's standard
 * page with its 14 components; the language switch to English is remembered on the next pages.
 */
class HomeBrowserTest extends BrowserStory {

    /** The portal's slug of each service and its name on the Indonesian home page, in the page's order. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("ppid", "PPID");
        SERVICES.put("helpdesk", "Helpdesk LPSE");
        SERVICES.put("verifikasi", "Verifikasi penyedia");
        SERVICES.put("pelatihan", "Pelatihan pengadaan");
    }

    @Test
    void theHomePageLeadsToEachServiceStandardAndEnglishIsRemembered() {
        browser.open("/", "home");
        assertThat(browser.lang()).isEqualTo("id");
        assertThat(browser.links("a.more")).containsExactlyElementsOf(SERVICES.keySet().stream()
                .map(slug -> "/layanan/" + slug).toList());
        SERVICES.forEach((slug, name) -> assertThat(browser.text("svc-" + slug)).startsWith(name));
        assertThat(browser.mainText()).contains("Tidak dipungut biaya").doesNotContain("Sedang tidak tersedia");

        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            browser.follow("/layanan/" + service.getKey(), service.getKey());
            assertThat(browser.path()).isEqualTo("/layanan/" + service.getKey());
            assertThat(browser.heading()).startsWith(service.getValue());
            for (int n = 1; n <= 14; n++) {
                assertThat(browser.has("komponen-" + n)).as("component %d of %s", n, service.getKey()).isTrue();
            }
            assertThat(browser.has("komponen-15")).isFalse();
            browser.back();
        }

        // English on a service page, then remembered on the home page and the next service page
        browser.follow("/layanan/pelatihan", "training-again").switchLanguage("training-en");
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.mainText()).contains("Components of the service standard");
        assertThat(browser.cookie("lang")).isEqualTo("en");
        browser.follow("/", "home-en");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.mainText()).contains("Our services", "LPSE helpdesk");
        browser.follow("/layanan/ppid", "ppid-en");
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.mainText()).contains("Components of the service standard");

        // and back to Indonesian
        browser.switchLanguage("ppid-id");
        assertThat(browser.lang()).isEqualTo("id");
        assertThat(browser.cookie("lang")).isEqualTo("id");
    }
}
