package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.common.privacy.Npwp;
import id.go.madiunkota.verification.api.ProviderView;
import id.go.madiunkota.verification.entity.Provider;

/** Provider to view: NPWP and NIK masked, never whole. */
final class ProviderMapper {

    private ProviderMapper() {
    }

    static ProviderView toView(Provider p) {
        ProviderView.SuspensionView suspension = p.suspendedAt() == null ? null
                : new ProviderView.SuspensionView(p.suspensionReason(), p.suspensionNote(),
                        Actors.name(p.suspendedBy()), p.suspendedAt());
        return new ProviderView(p.id(), p.companyName(), p.businessForm(), new Npwp(p.npwp()).masked(), p.nib(),
                new ProviderView.DirectorView(p.directorName(), new Nik(p.directorNik()).masked()), p.email(),
                p.phone(), p.address(), p.status(), p.registeredAt(), p.activatedAt(), p.activatedByVerification(),
                suspension);
    }
}
