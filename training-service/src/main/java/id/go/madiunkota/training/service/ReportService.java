package id.go.madiunkota.training.service;

import id.go.madiunkota.common.web.ReportPeriod;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.SessionStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.RegistrationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import id.go.madiunkota.training.api.TrainingReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The training report of a period: sessions, participants, attendance rate and repeats, per audience. */
@ApplicationScoped
public class ReportService {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Clock clock;

    public ReportService(SessionRepository sessions, RegistrationRepository registrations, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Transactional
    public TrainingReport report(ReportPeriod period) {
        List<TrainingSession> all = sessions.between(period.from(), period.to());
        List<Registration> regs = registrations.ofSessions(all.stream().map(TrainingSession::id).toList());
        Instant now = clock.instant();
        Figures total = figures(all, regs, now);
        List<TrainingReport.AudienceFigures> byAudience = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            List<TrainingSession> ofAudience = all.stream().filter(s -> s.audience() == audience).toList();
            Figures f = figures(ofAudience, regs, now);
            byAudience.add(new TrainingReport.AudienceFigures(audience.name(), f.sessions, f.participants,
                    f.attended, f.rate, f.repeats));
        }
        long cancelled = all.stream().filter(s -> s.status() == SessionStatus.CANCELLED).count();
        return new TrainingReport(period.from(), period.to(), total.sessions, cancelled, total.participants,
                total.attended, total.rate, total.completed, total.notUnderstood, total.repeats, total.waitlisted,
                byAudience);
    }

    private static Figures figures(List<TrainingSession> list, List<Registration> regs, Instant now) {
        Map<UUID, TrainingSession> held = list.stream().filter(s -> s.status() == SessionStatus.SCHEDULED)
                .collect(Collectors.toMap(TrainingSession::id, Function.identity()));
        Set<UUID> ended = held.values().stream().filter(s -> !s.startsAt().isAfter(now)).map(TrainingSession::id)
                .collect(Collectors.toSet());
        List<Registration> mine = regs.stream().filter(r -> held.containsKey(r.sessionId())).toList();
        long participants = mine.stream().filter(r -> r.status().holdsPlace()).count();
        long attended = mine.stream().filter(r -> r.attendedAt() != null).count();
        long placedInEnded = mine.stream().filter(r -> ended.contains(r.sessionId()) && r.status().holdsPlace())
                .count();
        long attendedInEnded = mine.stream().filter(r -> ended.contains(r.sessionId()) && r.attendedAt() != null)
                .count();
        Double rate = placedInEnded == 0 ? null
                : Math.round(attendedInEnded * 10_000.0 / placedInEnded) / 10_000.0;
        long completed = mine.stream().filter(r -> r.status() == RegistrationStatus.COMPLETED).count();
        long notUnderstood = mine.stream().filter(r -> Boolean.FALSE.equals(r.understood())).count();
        long repeats = mine.stream().filter(r -> r.attempt() > 1 && r.status() != RegistrationStatus.CANCELLED)
                .count();
        long waitlisted = mine.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
        return new Figures(held.size(), participants, attended, rate, completed, notUnderstood, repeats, waitlisted);
    }

    private record Figures(long sessions, long participants, long attended, Double rate, long completed,
            long notUnderstood, long repeats, long waitlisted) {
    }
}
