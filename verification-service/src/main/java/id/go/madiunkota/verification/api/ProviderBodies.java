package id.go.madiunkota.verification.api;

import id.go.madiunkota.verification.entity.SuspensionReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the admin's actions on a provider. */
public final class ProviderBodies {

    private ProviderBodies() {
    }

    /** The suspension: a reason code (the only thing that goes into the event) and an internal note. */
    @Schema(name = "SuspensionBody")
    public record Suspension(
            @NotNull @Schema(example = "BLACKLISTED") SuspensionReason reason,
            @Size(max = 2000) @Schema(example = "Tercantum dalam daftar hitam LKPP sejak 2 Februari 2026.")
            String note) {
    }
}
