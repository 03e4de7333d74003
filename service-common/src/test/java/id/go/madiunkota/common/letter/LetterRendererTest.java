package id.go.madiunkota.common.letter;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.standard.ServiceStandard;
import id.go.madiunkota.common.standard.StandardComponent;
import id.go.madiunkota.common.standard.StandardContent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The shared letter machinery: the kop surat, the Indonesian date, escaping, A4, and the time one render takes. */
@QuarkusTest
class LetterRendererTest {

    @Inject
    LetterRenderer renderer;

    @Test
    void aLetterCarriesTheKopTheNumberTheDateAndTheFactsOnA4() throws IOException {
        byte[] pdf = renderer.render(letter("Siti Aminah", "biasa"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).containsIgnoringCase("Pemerintah Kota Madiun")
                    .containsIgnoringCase("Dinas Komunikasi dan Informatika")
                    .contains("Jl. Perintis Kemerdekaan No. 32") // no Alamat line in the test standard: the setting
                    .contains("Nomor: UJI/2026/000001").contains("Madiun, 30 November 2026")
                    .containsIgnoringCase("Surat Uji").contains("Yang bertanda tangan: Siti Aminah")
                    .contains("Halaman 1 dari 1");
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void valuesAreEscapedNotReadAsMarkup() throws IOException {
        byte[] pdf = renderer.render(letter("<b>Budi</b> & \"Ani\"", "</p></body><p>sisipan"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("<b>Budi</b> & \"Ani\"").contains("</p></body><p>sisipan");
        }
    }

    @Test
    void oneRenderTakesWellUnderASecondOnceWarm() {
        renderer.render(letter("Pemanasan", "-"));
        long start = System.nanoTime();
        byte[] pdf = renderer.render(letter("Siti Aminah", "diukur"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("One warm letter render: %d ms, %d bytes%n", millis, pdf.length); // the README's figure
        assertThat(pdf).startsWith("%PDF".getBytes());
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void theAddressComesFromTheServiceStandardWhenItGivesOne() {
        StandardComponent facilities = new StandardComponent(7, "FACILITIES", "Sarana", "Prasarana:\n- Alamat: "
                + "Jl. Pahlawan No. 37, Kota Madiun\n- Ruang tunggu", null, null);
        StandardComponent cost = new StandardComponent(5, "COST", "Biaya", "Tidak dipungut biaya", null, null);
        assertThat(LetterheadSource.addressIn(standard(List.of(cost, facilities))))
                .contains("Jl. Pahlawan No. 37, Kota Madiun");
        assertThat(LetterheadSource.addressIn(standard(List.of(cost)))).isEmpty();
    }

    private static ServiceStandard standard(List<StandardComponent> components) {
        return new ServiceStandard(1, new StandardContent("Uji", null, LocalDate.of(2026, 1, 1), null, components,
                Map.of()), Instant.EPOCH, "test");
    }

    @Test
    void datesAreWrittenTheIndonesianWay() {
        assertThat(IndonesianDates.date(LocalDate.of(2026, 11, 30))).isEqualTo("30 November 2026");
        assertThat(IndonesianDates.date(LocalDate.of(2026, 5, 1))).isEqualTo("1 Mei 2026");
        assertThat(IndonesianDates.dayAndDate(LocalDate.of(2026, 11, 30))).isEqualTo("Senin, 30 November 2026");
        assertThat(IndonesianDates.dateTime(Instant.parse("2026-08-17T02:05:00Z"), ZoneId.of("Asia/Jakarta")))
                .isEqualTo("17 Agustus 2026 pukul 09.05 WIB");
        assertThat(IndonesianDates.date(null)).isEmpty();
    }

    @Test
    void aFileNameCarriesOnlyTheKindAndTheRecordNumber() {
        assertThat(Letter.fileName("tanda-bukti", "PPID/2026/000123")).isEqualTo("tanda-bukti-PPID-2026-000123.pdf");
        assertThat(Letter.fileName("sertifikat", "K7QX2-MB9TD")).isEqualTo("sertifikat-K7QX2-MB9TD.pdf");
    }

    private static Letter letter(String name, String note) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("name", name);
        facts.put("note", note);
        return new Letter("letters/test.html", "Surat Uji", "UJI/2026/000001", LocalDate.of(2026, 11, 30),
                "surat-uji.pdf", facts);
    }
}
