package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.common.privacy.Npwp;
import id.go.madiunkota.verification.api.ProviderStatusView;
import id.go.madiunkota.verification.api.ProviderView;
import id.go.madiunkota.verification.entity.ChecklistItem;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.service.ProviderService;
import id.go.madiunkota.verification.service.RegistrationStatus;
import java.util.List;

/** Provider to view: NPWP and NIK masked, never whole. */
final class ProviderMapper {

    private ProviderMapper() {
    }

    static ProviderView toView(Provider p) {
        ProviderView.SuspensionView suspension = p.suspendedAt() == null ? null
                : new ProviderView.SuspensionView(p.suspensionReason(), p.suspensionNote(),
                        Actors.name(p.suspendedBy()), p.suspendedAt());
        return new ProviderView(p.id(), p.registrationReference(), p.companyName(), p.businessForm(),
                new Npwp(p.npwp()).masked(), p.nib(),
                new ProviderView.DirectorView(p.directorName(), new Nik(p.directorNik()).masked()), p.email(),
                p.phone(), p.address(), p.status(), p.registeredAt(), p.activatedAt(), p.activatedByVerification(),
                suspension);
    }

    /** The public status: no personal data (see {@link ProviderStatusView}). */
    static ProviderStatusView toStatus(RegistrationStatus found) {
        Provider p = found.provider();
        Verification v = found.latest();
        ProviderStatusView.LatestVerification latest = v == null ? null
                : new ProviderStatusView.LatestVerification(v.attempt(), v.status(), v.outcome(), v.startedAt(),
                        v.decision() == null ? null : v.decision().decidedAt(), missing(v));
        return new ProviderStatusView(p.registrationReference(), ProviderService.publicName(p), p.businessForm(),
                p.status(), p.registeredAt(), p.activatedAt(), latest);
    }

    private static List<ProviderStatusView.MissingItem> missing(Verification v) {
        if (v.decision() == null || v.decision().missingItems() == null) {
            return List.of();
        }
        List<ChecklistItem> items = v.documents().items();
        return v.decision().missingItems().stream().map(code -> items.stream()
                .filter(item -> item.code().equals(code)).findFirst()
                .map(item -> new ProviderStatusView.MissingItem(code, item.name(), item.nameEn()))
                .orElse(new ProviderStatusView.MissingItem(code, null, null))).toList();
    }
}
