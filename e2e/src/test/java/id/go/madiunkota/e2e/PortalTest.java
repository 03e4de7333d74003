package id.go.madiunkota.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.Stack;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public portal against the running stack: its home page names the four services and links to their pages; each
 * page shows the standard the service itself publishes through the gateway (its decree number, read from the gateway
 * here to compare); {@code ?lang=en} gives the English page.
 */
class PortalTest {

    /** The portal's slug of each service, and the gateway's key. */
    private static final Map<String, String> SERVICES = Map.of("ppid", "ppid", "helpdesk", "helpdesk",
            "verifikasi", "verification", "pelatihan", "training");

    @Test
    void theHomePageNamesTheFourServicesAndLinksToEachPage() {
        String html = page("/", 200);
        assertThat(html).contains("<html lang=\"id\">", "PPID", "Helpdesk LPSE", "Verifikasi penyedia",
                "Pelatihan pengadaan");
        SERVICES.keySet().forEach(slug -> assertThat(html).contains("href=\"/layanan/" + slug + "\""));
        assertThat(html).contains("Tidak dipungut biaya").doesNotContain("Sedang tidak tersedia");
    }

    @ParameterizedTest
    @CsvSource({"ppid, ppid", "helpdesk, helpdesk", "verifikasi, verification", "pelatihan, training"})
    void eachServicePageShowsTheStandardTheServicePublishes(String slug, String key) {
        JsonPath standard = given().baseUri(Stack.gatewayUrl()).accept("application/json")
                .get("/api/" + key + "/standard").then().statusCode(200).extract().jsonPath();
        String decree = standard.getString("decreeNumber");
        String html = page("/layanan/" + slug, 200);
        assertThat(html).contains("<dd class=\"decree\">"
                + (decree == null ? "Tanpa nomor keputusan" : escape(decree)) + "</dd>");
        assertThat(html).contains(escape(standard.getString("title")));
        assertThat(standard.getList("components")).hasSize(14);
        for (int n = 1; n <= 14; n++) {
            assertThat(html).contains("id=\"komponen-" + n + "\"");
        }
    }

    @Test
    void langEnGivesTheEnglishPageAndIsRemembered() {
        Response answer = given().baseUri(Stack.portalUrl()).get("/layanan/ppid?lang=en");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.asString()).contains("<html lang=\"en\">", "Components of the service standard",
                "Decree number");
        assertThat(answer.getCookie("lang")).isEqualTo("en");
        String home = given().baseUri(Stack.portalUrl()).cookie("lang", "en").get("/").then().statusCode(200)
                .extract().asString();
        assertThat(home).contains("<html lang=\"en\">", "Our services", "LPSE helpdesk");
    }

    @Test
    void anUnknownServiceIsA404Page() {
        assertThat(page("/layanan/tidak-ada", 404)).contains("Halaman tidak ditemukan");
    }

    private static String page(String path, int status) {
        return given().baseUri(Stack.portalUrl()).get(path).then().statusCode(status).extract().asString();
    }

    /** As Qute escapes text in an HTML page. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
