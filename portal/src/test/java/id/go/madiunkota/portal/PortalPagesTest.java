package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages, against a stand-in for the gateway ({@link GatewayStandIn}). */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
class PortalPagesTest {

    private static final Map<String, String> SLUGS = Map.of("ppid", "PPID", "helpdesk", "Helpdesk LPSE",
            "verifikasi", "Verifikasi penyedia", "pelatihan", "Pelatihan pengadaan");
    private static final int PAGE_LIMIT = 200 * 1024;

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void homeNamesTheFourServicesAndLinksToEachPage() {
        String html = page("/", 200);
        assertThat(html).contains("<html lang=\"id\">", "Layanan kami");
        SLUGS.forEach((slug, name) -> {
            assertThat(html).contains(name);
            assertThat(html).contains("href=\"/layanan/" + slug + "\"");
        });
        // and where each service starts: its form or its schedule
        assertThat(html).contains("href=\"/layanan/ppid/permohonan\">Ajukan permohonan informasi</a>",
                "href=\"/layanan/helpdesk/pengaduan\"", "href=\"/layanan/verifikasi/daftar\"",
                "href=\"/layanan/pelatihan/jadwal\"");
        assertThat(html).contains("PPID \u2014 layanan informasi publik", "Helpdesk LPSE",
                "Verifikasi penyedia", "Pelatihan pengadaan");
    }

    @Test
    void homeShowsEachServicesTimeAndCostFromItsStandard() {
        String html = page("/", 200);
        assertThat(html).contains("Waktu penyelesaian", "Biaya", "Tidak dipungut biaya",
                "Kurang lebih 30 menit", "Kurang lebih 15 menit", "2 sampai 5 jam per pelatihan",
                "PPID menanggapi permintaan informasi selambat-lambatnya 10 (sepuluh) hari kerja.");
        assertThat(html).doesNotContain("Sedang tidak tersedia");
    }

    @Test
    void homeAsksTheGatewayForEachStandardInThePagesLanguage() {
        page("/?lang=en", 200);
        assertThat(GatewayStandIn.requests()).contains("GET /api/ppid/standard en", "GET /api/helpdesk/standard en",
                "GET /api/verification/standard en", "GET /api/training/standard en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ppid", "helpdesk", "verifikasi", "pelatihan"})
    void eachServicePageShowsTheFourteenComponents(String slug) {
        String html = page("/layanan/" + slug, 200);
        assertThat(count(html, "<li class=\"component\"")).isEqualTo(14);
        for (int n = 1; n <= 14; n++) {
            assertThat(html).contains("id=\"komponen-" + n + "\"");
        }
        assertThat(html).contains("Dasar hukum", "Persyaratan pelayanan", "Sistem, mekanisme, dan prosedur",
                "Jangka waktu penyelesaian", "Biaya/tarif", "Penanganan pengaduan, saran, dan masukan",
                "Evaluasi kinerja pelaksana", "Tidak dipungut biaya");
        assertThat(html).contains("<html lang=\"id\">", "Berlaku sejak", "Nomor keputusan");
    }

    @Test
    void aServicePageShowsItsDecreeNumberEffectiveDateAndVersion() {
        String html = page("/layanan/ppid", 200);
        assertThat(html).contains("Pelayanan Informasi Publik", "Nomor keputusan",
                "<dd class=\"decree\">188.45/123/401.012/2026</dd>", "1 Maret 2026", "Versi", "<dd>2</dd>");
    }

    @Test
    void aStandardWithoutDecreeSaysSo() {
        String html = page("/layanan/helpdesk", 200);
        assertThat(html).contains("<dd class=\"decree\">Tanpa nomor keputusan</dd>", "1 Januari 2026");
        String english = page("/layanan/helpdesk?lang=en", 200);
        assertThat(english).contains("<dd class=\"decree\">No decree number</dd>", "1 January 2026");
    }

    @Test
    void aComponentsTextKeepsItsLines() {
        String html = page("/layanan/helpdesk", 200);
        assertThat(html).contains("<li>2. Helpdesk mencatat identitas penelepon.</li>");
        assertThat(html).as("the helpdesk procedure's first line has no number").doesNotContain("class=\"numbered\"");
        assertThat(page("/layanan/pelatihan", 200)).as("every line of the training procedure has its number")
                .contains("<ul class=\"numbered\">\n<li>1. Penyedia atau Pejabat Pengadaan datang ke LPSE.</li>");
        assertThat(html).contains("<li>Penyedia Barang/Jasa atau Pejabat Pengadaan/Panitia menghubungi Helpdesk LPSE");
        assertThat(html).contains("<p>Kurang lebih 30 menit</p>");
    }

    @Test
    void theGatewaysEnglishKeysLeadToTheSameService() {
        assertThat(page("/layanan/verification", 200)).contains("Verifikasi penyedia");
        assertThat(page("/layanan/training", 200)).contains("Pelatihan pengadaan");
    }

    @Test
    void langEnSwitchesThePageAndSetsTheCookie() {
        Response answer = given().get("/?lang=en");
        assertThat(answer.statusCode()).isEqualTo(200);
        String html = answer.asString();
        assertThat(html).contains("<html lang=\"en\">", "Our services", "Completion time", "Cost",
                "PPID \u2014 public information service", "LPSE helpdesk", "Provider verification",
                "Procurement training", "Skip to the content");
        assertThat(html).doesNotContain("Layanan kami", "Waktu penyelesaian");
        assertThat(answer.getCookie("lang")).isEqualTo("en");
        assertThat(answer.getDetailedCookie("lang").getPath()).isEqualTo("/");
        assertThat(answer.getDetailedCookie("lang").getMaxAge()).isGreaterThan(30L * 24 * 3600);
    }

    @Test
    void theCookieKeepsTheLanguage() {
        String html = given().cookie("lang", "en").get("/layanan/ppid").then().statusCode(200).extract().asString();
        assertThat(html).contains("<html lang=\"en\">", "Components of the service standard", "Decree number",
                "In effect since", "1 March 2026", "Legal basis", "Complaints, suggestions and feedback");
        String home = given().cookie("lang", "en").get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains("<html lang=\"en\">", "Our services");
    }

    @Test
    void langIdSwitchesBackAndOverridesTheCookie() {
        Response answer = given().cookie("lang", "en").get("/?lang=id");
        assertThat(answer.asString()).contains("<html lang=\"id\">", "Layanan kami");
        assertThat(answer.getCookie("lang")).isEqualTo("id");
    }

    @Test
    void anUnknownLanguageFallsBackToIndonesianWithoutACookie() {
        Response answer = given().get("/?lang=fr");
        assertThat(answer.asString()).contains("<html lang=\"id\">");
        assertThat(answer.getCookie("lang")).isNull();
        assertThat(given().cookie("lang", "xx").get("/").asString()).contains("<html lang=\"id\">");
    }

    @Test
    void everyPageHasTheLanguageSwitchToTheSamePage() {
        assertThat(page("/", 200)).contains("<a href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
        assertThat(page("/layanan/pelatihan", 200))
                .contains("<a href=\"/layanan/pelatihan?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
        assertThat(page("/layanan/pelatihan?lang=en", 200)).contains(
                "<a href=\"/layanan/pelatihan?lang=id\" lang=\"id\" hreflang=\"id\">Bahasa Indonesia</a>");
        assertThat(page("/layanan/tidak-ada", 404)).contains("href=\"/layanan/tidak-ada?lang=en\"");
    }

    @Test
    void anUnknownServiceIsA404PageInTheLanguage() {
        String html = page("/layanan/tidak-ada", 404);
        assertThat(html).contains("<html lang=\"id\">", "Halaman tidak ditemukan", "href=\"/\"");
        String english = page("/layanan/tidak-ada?lang=en", 404);
        assertThat(english).contains("<html lang=\"en\">", "Page not found");
        assertThat(given().cookie("lang", "en").get("/layanan/nope").asString()).contains("Page not found");
    }

    @Test
    void anUnknownAddressIsThe404PageToo() {
        String html = page("/tidak/ada/sama/sekali", 404);
        assertThat(html).contains("<html lang=\"id\">", "Halaman tidak ditemukan");
        assertThat(page("/tidak-ada?lang=en", 404)).contains("<html lang=\"en\">", "Page not found");
    }

    @Test
    void anAddressWithMarkupIsEscapedInThe404Page() {
        String html = given().urlEncodingEnabled(false).get("/layanan/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
                .then().statusCode(404).extract().asString();
        assertThat(html).doesNotContain("<script>").contains("Halaman tidak ditemukan");
        String quote = given().urlEncodingEnabled(false).get("/x%22onmouseover=%22alert(1)").then().statusCode(404)
                .extract().asString();
        assertThat(quote).doesNotContain("\"onmouseover").contains("&quot;onmouseover");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAIL", "BROKEN", "GARBAGE"})
    void aFailingGatewayGivesTheFriendly503Page(String mode) {
        GatewayStandIn.mode(GatewayStandIn.Mode.valueOf(mode));
        for (String path : List.of("/layanan/ppid", "/layanan/pelatihan", "/")) {
            Response answer = given().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(503);
            assertThat(answer.getHeader("Retry-After")).isEqualTo("30");
            String html = answer.asString();
            assertThat(html).contains("<html lang=\"id\">", "Layanan sedang tidak tersedia");
            assertThat(html).doesNotContainIgnoringCase("exception").doesNotContain("at id.go.");
        }
        Response english = given().get("/layanan/ppid?lang=en");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.asString()).contains("<html lang=\"en\">", "The service is not available at the moment");
    }

    @Test
    void oneFailingServiceLeavesTheHomePageUp() {
        GatewayStandIn.failing("training");
        String html = page("/", 200);
        assertThat(html).contains("Sedang tidak tersedia", "Kurang lebih 30 menit", "href=\"/layanan/pelatihan\"",
                "Sebagian standar pelayanan sedang tidak dapat dibaca");
        assertThat(given().get("/layanan/pelatihan").statusCode()).isEqualTo(503);
        assertThat(given().get("/layanan/ppid").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAreAccessibleMarkup() {
        for (String path : List.of("/", "/layanan/ppid", "/layanan/tidak-ada")) {
            String html = given().get(path).asString();
            assertThat(html).as(path).contains("<header", "<nav aria-label=", "<main id=\"isi\"", "<footer",
                    "<a class=\"skip\" href=\"#isi\">Langsung ke isi halaman</a>",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<link rel=\"stylesheet\" href=\"/static/portal.css\">");
            assertThat(count(html, "<h1>")).as(path).isEqualTo(1);
            inOrder(headingLevels(html));
        }
    }

    @Test
    void aComposedComponentIsExplainedOnceInEachLanguage() {
        String note = "Komponen ini tidak tercantum dalam dokumen Informasi Pelayanan";
        String indonesian = page("/layanan/ppid", 200);
        assertThat(count(indonesian, note)).as("the standard's own note, once").isPositive();
        assertThat(indonesian).doesNotContain("disusun dari sumber lain");
        String english = page("/layanan/ppid?lang=en", 200);
        assertThat(english).contains("document does not give this component");
        assertThat(english).contains("<span lang=\"id\">" + note);
    }

    @Test
    void theComponentsTextIsMarkedIndonesianOnTheEnglishPage() {
        String html = page("/layanan/ppid?lang=en", 200);
        assertThat(count(html, "<div lang=\"id\">")).isEqualTo(14);
        assertThat(html).contains("Their text is published in Bahasa Indonesia.");
    }

    @Test
    void pagesAreWellUnder200Kilobytes() {
        for (String path : List.of("/", "/layanan/ppid", "/layanan/helpdesk", "/layanan/verifikasi",
                "/layanan/pelatihan", "/?lang=en", "/layanan/ppid?lang=en", "/layanan/x", "/static/portal.css")) {
            byte[] body = given().get(path).asByteArray();
            assertThat(body.length).as(path).isLessThan(PAGE_LIMIT / 4);
        }
    }

    @Test
    void theStyleSheetIsServed() {
        String css = given().get("/static/portal.css").then().statusCode(200).extract().asString();
        assertThat(css).contains(":focus-visible", "max-width");
    }

    @Test
    void pagesAreHtmlInUtf8AndNotCached() {
        Response answer = given().get("/");
        assertThat(answer.contentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.asString().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }

    @Test
    void textFromTheStandardIsEscaped() {
        String html = page("/layanan/helpdesk", 200);
        assertThat(html).contains("&quot;Penelepon bisa menerima penjelasan&quot;");
    }

    private static String page(String path, int status) {
        return given().get(path).then().statusCode(status).extract().asString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static List<Integer> headingLevels(String html) {
        Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
        List<Integer> levels = new java.util.ArrayList<>();
        while (m.find()) {
            levels.add(Integer.parseInt(m.group(1)));
        }
        return levels;
    }

    /** Starts at h1 and never skips a level going down. */
    private static void inOrder(List<Integer> levels) {
        assertThat(levels).isNotEmpty();
        assertThat(levels.get(0)).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }
}
