package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.web.PeriodParams;
import id.go.madiunkota.common.web.ReportPeriod;
import id.go.madiunkota.helpdesk.api.HelpdeskReport;
import id.go.madiunkota.helpdesk.entity.Complaint;
import id.go.madiunkota.helpdesk.entity.ComplaintStatus;
import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.ConsultationStatus;
import id.go.madiunkota.helpdesk.entity.Escalation;
import id.go.madiunkota.helpdesk.repository.ComplaintRepository;
import id.go.madiunkota.helpdesk.repository.ConsultationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The helpdesk report over a period: consultations by topic, channel and caller role, the share closed within the
 * standard's target, the LKPP escalation rate and turnaround, and the complaints received.
 */
@ApplicationScoped
public class ReportService {

    private final ConsultationRepository consultations;
    private final ComplaintRepository complaints;
    private final ServiceTargets targets;
    private final Clock clock;

    public ReportService(ConsultationRepository consultations, ComplaintRepository complaints, ServiceTargets targets,
            Clock clock) {
        this.consultations = consultations;
        this.complaints = complaints;
        this.targets = targets;
        this.clock = clock;
    }

    @Transactional
    public HelpdeskReport report(PeriodParams params) {
        ReportPeriod period = params.period(clock.getZone());
        return new HelpdeskReport(period.from(), period.to(), consultationFigures(period.start(), period.end()),
                complaintFigures(period.start(), period.end()));
    }

    private HelpdeskReport.Consultations consultationFigures(Instant start, Instant end) {
        List<Consultation> opened = consultations.openedBetween(start, end);
        List<Consultation> closed = opened.stream().filter(c -> c.status() == ConsultationStatus.CLOSED).toList();
        long within = closed.stream().filter(c -> c.closing().withinTarget()).count();
        long escalated = opened.stream().filter(c -> c.escalationCount() > 0).count();
        List<Escalation> answered = consultations.answeredEscalationsOpenedBetween(start, end);
        return new HelpdeskReport.Consultations(opened.size(),
                count(opened, c -> c.topic().name()), count(opened, c -> c.channel().name()),
                count(opened, c -> c.caller().role().name()), count(opened, c -> c.status().name()),
                targets.completionMinutes(), closed.size(), within, share(within, closed.size()),
                average(closed.stream().map(c -> Duration.between(c.openedAt(), c.closing().closedAt())).toList()),
                escalated, share(escalated, opened.size()), answered.size(),
                average(answered.stream().map(Escalation::lkppWait).toList()));
    }

    private HelpdeskReport.Complaints complaintFigures(Instant start, Instant end) {
        List<Complaint> received = complaints.receivedBetween(start, end);
        return new HelpdeskReport.Complaints(received.size(), count(received, c -> c.service().name()),
                count(received, c -> c.kind().name()),
                received.stream().filter(c -> c.status() == ComplaintStatus.RECEIVED).count());
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** Mean in minutes, to one decimal; null for none. */
    private static Double average(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        double seconds = durations.stream().mapToLong(Duration::toSeconds).average().orElse(0);
        return Math.round(seconds / 6.0) / 10.0;
    }
}
