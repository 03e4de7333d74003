package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.verification.api.VerificationView;
import id.go.madiunkota.verification.entity.BlacklistCheck;
import id.go.madiunkota.verification.entity.Decision;
import id.go.madiunkota.verification.entity.DocumentCheck;
import id.go.madiunkota.verification.entity.Documents;
import id.go.madiunkota.verification.entity.Filing;
import id.go.madiunkota.verification.entity.Representative;
import id.go.madiunkota.verification.entity.Verification;
import java.time.Duration;
import java.util.List;

/** Verification to view: the representative's NIK masked, the timing against the target the resource passes. */
final class VerificationMapper {

    private VerificationMapper() {
    }

    static VerificationView toView(Verification v, int targetMinutes) {
        Documents docs = v.documents();
        List<VerificationView.DocumentView> documents = docs.items().stream().map(item -> {
            DocumentCheck check = docs.checkOf(item.code());
            return new VerificationView.DocumentView(item.code(), item.name(), item.nameEn(), item.original(),
                    item.copy(), check != null && check.originalSighted(), check != null && check.copyReceived(),
                    check == null ? null : check.note(), check == null ? null : check.checkedAt(),
                    check == null ? null : check.checkerName(), item.satisfiedBy(check));
        }).toList();
        Representative r = v.representative();
        VerificationView.RepresentativeView representative = r == null ? null
                : new VerificationView.RepresentativeView(r.name(), new Nik(r.nik()).masked(), r.powerOfAttorney());
        BlacklistCheck b = v.blacklistCheck();
        VerificationView.BlacklistView blacklist = b == null ? null
                : new VerificationView.BlacklistView(b.listed(), b.source(), b.checkedAt());
        Decision d = v.decision();
        Filing f = v.filing();
        Duration duration = v.duration();
        return new VerificationView(v.id(), v.providerId(), v.attempt(), v.checklistVersion(), v.status(),
                Actors.name(v.verifier()), r != null, representative, v.lpseGuestBookSignedAt(),
                v.verificationGuestBookSignedAt(), v.startedAt(), documents, v.unsatisfiedItems(), blacklist,
                d == null ? null : d.outcome(), d == null ? List.of() : d.missingItems(),
                d == null ? null : d.note(), d == null ? null : d.decidedAt(),
                d == null ? null : Actors.name(d.decidedBy()),
                duration == null ? null : duration.toSeconds(), targetMinutes, v.withinTarget(targetMinutes),
                f == null ? null : f.signedAt(), f == null ? null : Actors.name(f.signedBy()),
                f == null ? null : f.archiveReference(), f == null ? null : f.archivedAt());
    }
}
