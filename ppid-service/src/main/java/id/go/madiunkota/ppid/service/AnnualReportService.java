package id.go.madiunkota.ppid.service;

import id.go.madiunkota.ppid.api.AnnualReport;
import id.go.madiunkota.ppid.calendar.service.CalendarSnapshot;
import id.go.madiunkota.ppid.calendar.service.WorkingDayCalendar;
import id.go.madiunkota.ppid.entity.Channel;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.DisputeOutcome;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import id.go.madiunkota.ppid.entity.RequestStatus;
import id.go.madiunkota.ppid.repository.AnnualReportRepository;
import id.go.madiunkota.ppid.repository.AnnualReportRepository.DecidedDates;
import id.go.madiunkota.ppid.repository.AnnualReportRepository.ObjectionCount;
import id.go.madiunkota.ppid.repository.AnnualReportRepository.RequestTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the annual report (Laporan Layanan Informasi Publik) from the aggregate queries of
 * {@link AnnualReportRepository}; only the dates of the decided requests are loaded, to count working days on the
 * calendar.
 */
@ApplicationScoped
public class AnnualReportService {

    /** The outcome key of a request still awaiting a decision. */
    public static final String OPEN = "OPEN";
    /** The outcome key of a dispute the Komisi Informasi has not settled yet. */
    public static final String PENDING = "PENDING";

    private final AnnualReportRepository figures;
    private final WorkingDayCalendar calendar;

    public AnnualReportService(AnnualReportRepository figures, WorkingDayCalendar calendar) {
        this.figures = figures;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReport report(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        RequestTotals totals = figures.requestTotals(from, to);
        return new AnnualReport(year, new AnnualReport.Requests(totals.total(), totals.extended()),
                channels(from, to), outcomes(from, to), grounds(from, to), timing(figures.decidedDates(from, to)),
                objections(from, to));
    }

    /** Every channel, in declaration order, with its count (0 without requests). */
    private Map<String, Long> channels(LocalDate from, LocalDate to) {
        Map<Channel, Long> counts = figures.requestsByChannel(from, to);
        Map<String, Long> channels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            channels.put(channel.name(), counts.getOrDefault(channel, 0L));
        }
        return channels;
    }

    private Map<String, Long> outcomes(LocalDate from, LocalDate to) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            outcomes.put(outcome.name(), 0L);
        }
        outcomes.put(RequestStatus.WITHDRAWN.name(), 0L);
        outcomes.put(RequestStatus.INVALID.name(), 0L);
        outcomes.put(OPEN, 0L);
        figures.requestsByOutcome(from, to).forEach(row -> outcomes.merge(outcomeKey(row.outcome(), row.status()),
                row.count(), Long::sum));
        return outcomes;
    }

    /** The cited grounds, most cited first, then in the order of the law. */
    private List<AnnualReport.GroundCount> grounds(LocalDate from, LocalDate to) {
        return figures.citedGrounds(from, to).entrySet().stream()
                .sorted(Map.Entry.<ExemptionGround, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new AnnualReport.GroundCount(e.getKey().name(), e.getKey().article(), e.getKey().text(),
                        e.getValue()))
                .toList();
    }

    private AnnualReport.Objections objections(LocalDate from, LocalDate to) {
        long total = 0;
        long upheld = 0;
        long overturned = 0;
        long disputes = 0;
        for (ObjectionCount row : figures.objectionsByOutcome(from, to)) {
            total += row.count();
            disputes += row.disputes();
            if (row.outcome() == ObjectionOutcome.UPHELD) {
                upheld += row.count();
            } else if (row.outcome() == ObjectionOutcome.OVERTURNED) {
                overturned += row.count();
            }
        }
        return new AnnualReport.Objections(total, upheld, overturned, total - upheld - overturned, disputes,
                disputeOutcomes(from, to));
    }

    /** Disputes on the year's objections by the Komisi Informasi's outcome; PENDING while none is recorded. */
    private Map<String, Long> disputeOutcomes(LocalDate from, LocalDate to) {
        Map<DisputeOutcome, Long> counts = figures.disputesByOutcome(from, to);
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (DisputeOutcome outcome : DisputeOutcome.values()) {
            outcomes.put(outcome.name(), counts.getOrDefault(outcome, 0L));
        }
        outcomes.put(PENDING, counts.getOrDefault(null, 0L));
        return outcomes;
    }

    private AnnualReport.Timing timing(List<DecidedDates> decided) {
        if (decided.isEmpty()) {
            return new AnnualReport.Timing(0, null, null, null);
        }
        CalendarSnapshot snapshot = calendar.snapshot();
        long sum = 0;
        int max = 0;
        long onTime = 0;
        for (DecidedDates row : decided) {
            int days = snapshot.workingDaysBetween(row.receivedOn(), row.decidedOn());
            sum += days;
            max = Math.max(max, days);
            if (!row.decidedOn().isAfter(row.dueDate())) {
                onTime++;
            }
        }
        int n = decided.size();
        return new AnnualReport.Timing(n, round((double) sum / n, 100), max, round((double) onTime / n, 1000));
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    private static String outcomeKey(DecisionOutcome outcome, RequestStatus status) {
        if (outcome != null) {
            return outcome.name(); // also once DELIVERED or CLOSED
        }
        if (status == RequestStatus.WITHDRAWN || status == RequestStatus.INVALID) {
            return status.name();
        }
        return OPEN;
    }
}
