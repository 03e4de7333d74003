package id.go.madiunkota.portal;

import java.util.Arrays;
import java.util.Optional;

/** The four services as the portal names them: an Indonesian slug in the address, the gateway's key behind it. */
public enum PortalService {
    PPID("ppid", "ppid", "/layanan/ppid/permohonan"),
    HELPDESK("helpdesk", "helpdesk", "/layanan/helpdesk/pengaduan"),
    VERIFICATION("verifikasi", "verification", "/layanan/verifikasi/daftar"),
    TRAINING("pelatihan", "training", "/layanan/pelatihan/jadwal");

    private final String slug;
    private final String gatewayKey;
    private final String firstStep;

    PortalService(String slug, String gatewayKey, String firstStep) {
        this.slug = slug;
        this.gatewayKey = gatewayKey;
        this.firstStep = firstStep;
    }

    /** The page where a visitor starts using the service (its form or schedule), linked from the home page. */
    public String firstStep() {
        return firstStep;
    }

    public String slug() {
        return slug;
    }

    public String gatewayKey() {
        return gatewayKey;
    }

    /** The service the API names in capitals (PPID, HELPDESK, VERIFICATION, TRAINING). */
    public static Optional<PortalService> byApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** The service whose slug this is; the gateway's English key is accepted too. */
    public static Optional<PortalService> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug) || s.gatewayKey.equals(slug)).findFirst();
    }
}
