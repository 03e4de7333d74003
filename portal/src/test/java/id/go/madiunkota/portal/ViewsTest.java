package id.go.madiunkota.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a standard's texts become the pages' lines, dates and components; plain unit tests. */
class ViewsTest {

    @Test
    void aTextIsSplitIntoLinesWithoutListDashesOrBlankLines() {
        assertThat(Views.lines("- satu\n\n-  dua \r\n3. tiga\n- ")).containsExactly("satu", "dua", "3. tiga", "-");
        assertThat(Views.lines("Tidak dipungut biaya")).containsExactly("Tidak dipungut biaya");
        assertThat(Views.lines(null)).isEmpty();
        assertThat(Views.lines("  \n ")).isEmpty();
    }

    @Test
    void aListWhoseLinesCarryTheirOwnNumbersIsNumberedNotBulleted() {
        assertThat(component("1. Datang ke LPSE.\n2. Mengisi daftar hadir.").numbered()).isTrue();
        assertThat(component("- UU 25/2009\n- UU 14/2008").numbered()).isFalse();
        assertThat(component("1. Datang ke LPSE.\nLalu pulang.").numbered()).isFalse();
        assertThat(component("1. Satu-satunya langkah.").numbered()).as("one line is no list").isFalse();
    }

    private static Views.ComponentView component(String content) {
        return new Views.ComponentView(3, "Prosedur", Views.lines(content), false, null);
    }

    @Test
    void theFirstLineIsTheHomePagesShortFact() {
        assertThat(Views.firstLine("- PPID menanggapi dalam 10 hari kerja.\n- Perpanjangan 7 hari kerja."))
                .isEqualTo("PPID menanggapi dalam 10 hari kerja.");
        assertThat(Views.firstLine("")).isNull();
        assertThat(Views.firstLine(null)).isNull();
    }

    @Test
    void datesAreWrittenInThePagesLanguage() {
        LocalDate date = LocalDate.of(2026, 8, 17);
        assertThat(Views.date(date, "id")).isEqualTo("17 Agustus 2026");
        assertThat(Views.date(date, "en")).isEqualTo("17 August 2026");
        assertThat(Views.date(null, "id")).isNull();
    }

    @Test
    void aPageNamesTheComponentsInItsLanguageAndKeepsTheirText() {
        Standard standard = new Standard("TRAINING", 3, "Pelatihan SPSE", null, LocalDate.of(2026, 1, 1), "sumber",
                List.of(new Standard.Component(5, "COST", "Biaya/Tarif", "Tidak dipungut biaya", null, null),
                        new Standard.Component(1, "LEGAL_BASIS", "Dasar Hukum", "- UU 25/2009\n- UU 14/2008", true,
                                "disusun"),
                        new Standard.Component(9, "SOMETHING_NEW", "Komponen Baru", "teks", false, null)));

        Views.StandardPage page = Views.page(PortalService.TRAINING, standard, Messages.of("en"), "en");

        assertThat(page.slug()).isEqualTo("pelatihan");
        assertThat(page.name()).isEqualTo("Procurement training");
        assertThat(page.decreeNumber()).isNull();
        assertThat(page.effectiveDate()).isEqualTo("1 January 2026");
        assertThat(page.version()).isEqualTo(3);
        assertThat(page.components()).extracting(Views.ComponentView::name)
                .containsExactly("Cost or fee", "Legal basis", "Komponen Baru");
        Views.ComponentView legal = page.components().get(1);
        assertThat(legal.lines()).containsExactly("UU 25/2009", "UU 14/2008");
        assertThat(legal.list()).isTrue();
        assertThat(legal.derived()).isTrue();
        assertThat(legal.note()).isEqualTo("disusun");
        assertThat(page.components().get(0).list()).isFalse();
        assertThat(page.components().get(0).derived()).isFalse();
    }

    @Test
    void aStandardWithoutComponentsGivesAnEmptyPageNotAnError() {
        Standard standard = new Standard("PPID", 1, "Pelayanan Informasi Publik", "1/2026", null, null, null);
        Views.StandardPage page = Views.page(PortalService.PPID, standard, Messages.of("id"), "id");
        assertThat(page.components()).isEmpty();
        assertThat(page.effectiveDate()).isNull();
        assertThat(standard.content("COST")).isNull();
    }

    @Test
    void aComponentIsFoundByItsCode() {
        Standard standard = new Standard("HELPDESK", 1, "Helpdesk", null, null, null,
                List.of(new Standard.Component(4, "COMPLETION_TIME", "Jangka Waktu", "Kurang lebih 30 menit", null,
                        null)));
        assertThat(standard.content("COMPLETION_TIME")).isEqualTo("Kurang lebih 30 menit");
        assertThat(standard.content("COST")).isNull();
    }

    @Test
    void theLanguageComesFromTheQueryThenTheCookieElseIndonesian() {
        assertThat(PageRenderer.language("en", null)).isEqualTo("en");
        assertThat(PageRenderer.language("id", "en")).isEqualTo("id");
        assertThat(PageRenderer.language(null, "en")).isEqualTo("en");
        assertThat(PageRenderer.language("fr", "en")).isEqualTo("en");
        assertThat(PageRenderer.language("EN", null)).isEqualTo("id");
        assertThat(PageRenderer.language(null, "de")).isEqualTo("id");
        assertThat(PageRenderer.language(null, null)).isEqualTo("id");
    }

    @Test
    void eachServiceHasAnIndonesianSlugAndItsGatewayKey() {
        assertThat(PortalService.bySlug("verifikasi")).contains(PortalService.VERIFICATION);
        assertThat(PortalService.bySlug("verification")).contains(PortalService.VERIFICATION);
        assertThat(PortalService.bySlug("pelatihan").orElseThrow().gatewayKey()).isEqualTo("training");
        assertThat(PortalService.bySlug("helpdesk").orElseThrow().gatewayKey()).isEqualTo("helpdesk");
        assertThat(PortalService.bySlug("ppid").orElseThrow().slug()).isEqualTo("ppid");
        assertThat(PortalService.bySlug("Ppid")).isEmpty();
        assertThat(PortalService.bySlug("")).isEmpty();
    }
}
