package id.go.madiunkota.common.letter;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.Map;

/**
 * One letter to render: its template, what the kop and the title block say, and the record's facts.
 *
 * @param template the Qute template under {@code templates/}, such as {@code letters/ppid/receipt.html}
 * @param title the letter's title, in Bahasa Indonesia ("Tanda Bukti Penerimaan Permohonan Informasi Publik")
 * @param number the letter's number (nomor surat), derived from the record so that the same letter keeps its number
 * @param date the letter's date: the day of the fact it records
 * @param fileName the download's file name, without personal data ("tanda-bukti-PPID-2026-000123.pdf")
 * @param facts the record's facts as the template reads them (maps and lists of maps; null values allowed)
 */
@TemplateData
public record Letter(String template, String title, String number, LocalDate date, String fileName,
        Map<String, Object> facts) {

    /** The date as the letter writes it: "30 November 2026". */
    public String dateText() {
        return IndonesianDates.date(date);
    }

    /**
     * A file name from a title and a record number: lower-case words joined by dashes, the number's slashes as dashes
     * ({@code fileName("tanda-bukti", "PPID/2026/000123")} is {@code tanda-bukti-PPID-2026-000123.pdf}).
     */
    public static String fileName(String what, String recordNumber) {
        String safe = (what + "-" + recordNumber).replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-");
        return safe.replaceAll("^-|-$", "") + ".pdf";
    }
}
