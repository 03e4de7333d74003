package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.web.PeriodParams;
import id.go.madiunkota.common.web.ReportPeriod;
import id.go.madiunkota.verification.api.ReportView;
import id.go.madiunkota.verification.entity.Outcome;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.entity.VerificationStatus;
import id.go.madiunkota.verification.repository.ProviderRepository;
import id.go.madiunkota.verification.repository.VerificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Verifications started in a period, by outcome and by verifier, with the time from start to decision against the
 * service standard's completion target (about 15 minutes).
 */
@ApplicationScoped
public class ReportService {

    private final VerificationRepository verifications;
    private final ProviderRepository providers;
    private final Timing timing;
    private final Clock clock;

    public ReportService(VerificationRepository verifications, ProviderRepository providers, Timing timing,
            Clock clock) {
        this.verifications = verifications;
        this.providers = providers;
        this.timing = timing;
        this.clock = clock;
    }

    @Transactional
    public ReportView report(PeriodParams asked) {
        ReportPeriod period = asked.period(clock.getZone());
        Instant start = period.start();
        Instant end = period.end();
        int target = timing.targetMinutes();
        List<Verification> started = verifications.startedBetween(start, end);
        // One verifier is one subject; shown by the name of their latest verification in the period (a renamed
        // account stays one line), in the order of those names.
        Map<String, List<Verification>> byVerifier = started.stream()
                .collect(Collectors.groupingBy(v -> v.verifier().subject(), LinkedHashMap::new, Collectors.toList()));
        List<ReportView.VerifierCounts> perVerifier = byVerifier.values().stream()
                .map(list -> new ReportView.VerifierCounts(nameOf(list.getLast()), counts(list, target)))
                .sorted(Comparator.comparing(ReportView.VerifierCounts::verifier)).toList();
        long registered = providers.registeredBetween(start, end);
        long activated = providers.activatedBetween(start, end);
        return new ReportView(period.from(), period.to(), target, counts(started, target), perVerifier, registered,
                activated);
    }

    private static ReportView.Counts counts(List<Verification> list, int target) {
        List<Duration> durations = list.stream().map(Verification::duration).filter(d -> d != null).toList();
        long within = list.stream().filter(v -> Boolean.TRUE.equals(v.withinTarget(target))).count();
        Double share = durations.isEmpty() ? null : round((double) within / durations.size());
        Double average = durations.isEmpty() ? null
                : round(durations.stream().mapToLong(Duration::toSeconds).average().orElse(0) / 60.0);
        return new ReportView.Counts(list.size(),
                list.stream().filter(v -> v.status() == VerificationStatus.IN_PROGRESS).count(),
                list.stream().filter(v -> v.outcome() == Outcome.APPROVED).count(),
                list.stream().filter(v -> v.outcome() == Outcome.REJECTED).count(),
                durations.size(), within, share, average);
    }

    private static String nameOf(Verification verification) {
        String name = verification.verifier().name();
        return name != null ? name : verification.verifier().subject();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
