package id.go.madiunkota.ppid.service;

import id.go.madiunkota.ppid.entity.Channel;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.DisputeOutcome;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import id.go.madiunkota.ppid.entity.RequestStatus;
import id.go.madiunkota.ppid.api.AnnualReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the annual report (Laporan Layanan Informasi Publik) with a few aggregate queries; only the dates of the
 * decided requests are loaded, to count working days on the calendar.
 */
@ApplicationScoped
public class AnnualReportService {

    /** The outcome key of a request still awaiting a decision. */
    public static final String OPEN = "OPEN";
    /** The outcome key of a dispute the Komisi Informasi has not settled yet. */
    public static final String PENDING = "PENDING";

    private final EntityManager em;
    private final WorkingDayCalendar calendar;

    public AnnualReportService(EntityManager em, WorkingDayCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReport report(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);

        Object[] totals = em.createQuery("select count(r), count(r.deadline.extendedOn) from InformationRequest r "
                + "where r.deadline.receivedOn between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();

        Map<String, Long> channels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            channels.put(channel.name(), 0L);
        }
        em.createQuery("select r.channel, count(r) from InformationRequest r "
                + "where r.deadline.receivedOn between :from and :to group by r.channel", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> channels.put(((Channel) row[0]).name(), (Long) row[1]));

        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            outcomes.put(outcome.name(), 0L);
        }
        outcomes.put(RequestStatus.WITHDRAWN.name(), 0L);
        outcomes.put(RequestStatus.INVALID.name(), 0L);
        outcomes.put(OPEN, 0L);
        em.createQuery("select r.decision.outcome, r.status, count(r) from InformationRequest r "
                + "where r.deadline.receivedOn between :from and :to group by r.decision.outcome, r.status",
                Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> outcomes.merge(outcomeKey((DecisionOutcome) row[0], (RequestStatus) row[1]),
                        (Long) row[2], Long::sum));

        List<AnnualReport.GroundCount> grounds = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> groundRows = em.createNativeQuery("select g.code, count(*) from information_request r "
                + "cross join lateral unnest(string_to_array(r.exemption_grounds, ',')) as g(code) "
                + "where r.received_on between :from and :to "
                + "and r.decision_outcome in ('REJECTED', 'PARTIALLY_GRANTED') group by g.code")
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : groundRows) {
            ExemptionGround ground = ExemptionGround.valueOf((String) row[0]);
            grounds.add(new AnnualReport.GroundCount(ground.name(), ground.article(), ground.text(),
                    ((Number) row[1]).longValue()));
        }
        grounds.sort(Comparator.comparingLong(AnnualReport.GroundCount::count).reversed()
                .thenComparing(g -> ExemptionGround.valueOf(g.code())));

        List<Object[]> decided = em.createQuery("select r.deadline.receivedOn, r.decision.decidedOn, "
                + "r.deadline.dueDate from InformationRequest r where r.deadline.receivedOn between :from and :to "
                + "and r.decision.decidedOn is not null", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        AnnualReport.Timing timing = timing(decided);

        long objectionTotal = 0;
        long upheld = 0;
        long overturned = 0;
        long undecided = 0;
        long disputes = 0;
        for (Object[] row : em.createQuery("select o.outcome, count(o), count(o.disputeFiledOn) from Objection o "
                + "where o.filedOn between :from and :to group by o.outcome", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            long count = (Long) row[1];
            objectionTotal += count;
            disputes += (Long) row[2];
            if (row[0] == ObjectionOutcome.UPHELD) {
                upheld += count;
            } else if (row[0] == ObjectionOutcome.OVERTURNED) {
                overturned += count;
            } else {
                undecided += count;
            }
        }

        return new AnnualReport(year, new AnnualReport.Requests((Long) totals[0], (Long) totals[1]), channels,
                outcomes, grounds, timing, new AnnualReport.Objections(objectionTotal, upheld, overturned, undecided,
                        disputes, disputeOutcomes(from, to)));
    }

    /** Disputes on the year's objections by the Komisi Informasi's outcome; PENDING while none is recorded. */
    private Map<String, Long> disputeOutcomes(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DisputeOutcome outcome : DisputeOutcome.values()) {
            counts.put(outcome.name(), 0L);
        }
        counts.put(PENDING, 0L);
        em.createQuery("select o.disputeOutcome, count(o) from Objection o where o.filedOn between :from and :to "
                + "and o.disputeFiledOn is not null group by o.disputeOutcome", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> counts.merge(row[0] == null ? PENDING : ((DisputeOutcome) row[0]).name(),
                        (Long) row[1], Long::sum));
        return counts;
    }

    private AnnualReport.Timing timing(List<Object[]> decided) {
        if (decided.isEmpty()) {
            return new AnnualReport.Timing(0, null, null, null);
        }
        CalendarSnapshot snapshot = calendar.snapshot();
        long sum = 0;
        int max = 0;
        long onTime = 0;
        for (Object[] row : decided) {
            LocalDate receivedOn = (LocalDate) row[0];
            LocalDate decidedOn = (LocalDate) row[1];
            LocalDate dueDate = (LocalDate) row[2];
            int days = snapshot.workingDaysBetween(receivedOn, decidedOn);
            sum += days;
            max = Math.max(max, days);
            if (!decidedOn.isAfter(dueDate)) {
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
