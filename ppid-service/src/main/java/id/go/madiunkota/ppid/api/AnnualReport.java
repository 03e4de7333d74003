package id.go.madiunkota.ppid.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The annual report on public information services (Laporan Layanan Informasi Publik) for the requests received in
 * {@code year} (by receipt day) and the objections filed in it.
 */
@Schema(name = "AnnualReport")
public record AnnualReport(
        @Schema(example = "2026") int year,
        Requests requests,
        @Schema(description = "Requests by channel, every channel listed", example = "{\"ONLINE\": 7, \"WALK_IN\": 5}")
        Map<String, Long> channels,
        @Schema(description = "Requests by final outcome or status: GRANTED, PARTIALLY_GRANTED, REJECTED, NOT_HELD, "
                + "WITHDRAWN, INVALID, OPEN (still awaiting a decision)", example = "{\"GRANTED\": 8, \"OPEN\": 2}")
        Map<String, Long> outcomes,
        @Schema(description = "Exemption grounds cited in REJECTED and PARTIALLY_GRANTED decisions, most cited first")
        List<GroundCount> rejectionGrounds,
        Timing timing,
        Objections objections) {

    /** How many requests were received, and how many were extended. */
    @Schema(name = "AnnualReportRequests")
    public record Requests(@Schema(example = "12") long total, @Schema(example = "1") long extended) {
    }

    /** One exemption ground and how often it was cited. */
    @Schema(name = "AnnualReportGround")
    public record GroundCount(@Schema(example = "PASAL_17_H") String code,
            @Schema(example = "Pasal 17 huruf h") String article,
            @Schema(example = "Informasi yang apabila dibuka dapat mengungkap rahasia pribadi.") String text,
            @Schema(example = "1") long count) {
    }

    /** Time taken for the decided requests, in working days from the receipt day to the decision day. */
    @Schema(name = "AnnualReportTiming")
    public record Timing(
            @Schema(description = "Requests with a decision", example = "10") long decided,
            @Schema(description = "Average working days to the decision, 2 decimals; null without decisions",
                    example = "4.5") Double averageWorkingDaysToDecision,
            @Schema(description = "Longest, in working days; null without decisions", example = "11")
            Integer maximumWorkingDaysToDecision,
            @Schema(description = "Share decided on or before the due date, 0–1, 3 decimals; null without decisions",
                    example = "0.9") Double decidedOnTimeShare) {
    }

    /** Objections (keberatan) filed in the year, their outcome, and the disputes filed on them. */
    @Schema(name = "AnnualReportObjections")
    public record Objections(@Schema(example = "3") long total, @Schema(example = "1") long upheld,
            @Schema(example = "1") long overturned,
            @Schema(description = "Not decided yet", example = "1") long undecided,
            @Schema(description = "Disputes filed with the Komisi Informasi on these objections", example = "1")
            long disputes,
            @Schema(description = "Those disputes by the commission's outcome: MEDIATION_AGREEMENT, "
                    + "ADJUDICATION_DECISION, PENDING (not settled yet), every key listed",
                    example = "{\"MEDIATION_AGREEMENT\": 1, \"ADJUDICATION_DECISION\": 0, \"PENDING\": 0}")
            Map<String, Long> disputeOutcomes) {
    }

    /** The report as CSV lines {@code section,key,value}, the header first, one figure a line. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("section,key,value\n");
        line(csv, "report", "year", year);
        line(csv, "requests", "total", requests.total());
        line(csv, "requests", "extended", requests.extended());
        channels.forEach((key, value) -> line(csv, "channel", key, value));
        outcomes.forEach((key, value) -> line(csv, "outcome", key, value));
        rejectionGrounds.forEach(ground -> line(csv, "ground", ground.code(), ground.count()));
        line(csv, "timing", "decided", timing.decided());
        line(csv, "timing", "averageWorkingDaysToDecision", timing.averageWorkingDaysToDecision());
        line(csv, "timing", "maximumWorkingDaysToDecision", timing.maximumWorkingDaysToDecision());
        line(csv, "timing", "decidedOnTimeShare", timing.decidedOnTimeShare());
        line(csv, "objections", "total", objections.total());
        line(csv, "objections", "UPHELD", objections.upheld());
        line(csv, "objections", "OVERTURNED", objections.overturned());
        line(csv, "objections", "undecided", objections.undecided());
        line(csv, "objections", "disputes", objections.disputes());
        objections.disputeOutcomes().forEach((key, value) -> line(csv, "disputes", key, value));
        return csv.toString();
    }

    private static void line(StringBuilder csv, String section, String key, Object value) {
        csv.append(section).append(',').append(key).append(',').append(value == null ? "" : value).append('\n');
    }
}
