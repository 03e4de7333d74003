package id.go.madiunkota.verification.mapping;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.verification.entity.DocumentCheck;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.rest.VerificationView;
import id.go.madiunkota.verification.service.Timing;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Verification to view, with the timing against the service standard's target. */
@ApplicationScoped
public class VerificationMapper {

    private final Timing timing;

    public VerificationMapper(Timing timing) {
        this.timing = timing;
    }

    public VerificationView toView(Verification v) {
        Map<String, DocumentCheck> checks = v.documentChecks();
        List<VerificationView.DocumentView> documents = v.items().stream().map(item -> {
            DocumentCheck check = checks.get(item.code());
            return new VerificationView.DocumentView(item.code(), item.name(), item.nameEn(), item.original(),
                    item.copy(), check != null && check.originalSighted(), check != null && check.copyReceived(),
                    check == null ? null : check.note(), check == null ? null : check.checkedAt(),
                    check == null ? null : check.checkedBy(), item.satisfiedBy(check));
        }).toList();
        VerificationView.RepresentativeView representative = v.represented()
                ? new VerificationView.RepresentativeView(v.representativeName(),
                        new Nik(v.representativeNik()).masked(), v.powerOfAttorney())
                : null;
        VerificationView.BlacklistView blacklist = v.blacklistListed() == null ? null
                : new VerificationView.BlacklistView(v.blacklistListed(), v.blacklistSource(), v.blacklistCheckedAt());
        Duration duration = v.duration();
        int target = timing.targetMinutes();
        return new VerificationView(v.id(), v.providerId(), v.attempt(), v.checklistVersion(), v.status(),
                v.verifier(), v.represented(), representative, v.lpseGuestBookSignedAt(),
                v.verificationGuestBookSignedAt(), v.startedAt(), documents, v.unsatisfiedItems(), blacklist,
                v.outcome(), v.missingItems(), v.decisionNote(), v.decidedAt(), v.decidedBy(),
                duration == null ? null : duration.toSeconds(), target,
                duration == null ? null : Timing.within(duration, target), v.signedAt(), v.signedBy(),
                v.archiveReference(), v.archivedAt());
    }
}
