package id.go.madiunkota.verification.api;

import id.go.madiunkota.verification.entity.BusinessForm;
import id.go.madiunkota.verification.entity.ChecklistItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A checklist version. With {@code businessForm} (and {@code represented}) asked for, {@code items} are only those
 * that apply, and {@code appliesTo} says to what.
 */
public record ChecklistView(
        String version,
        String title,
        LocalDate effectiveFrom,
        String description,
        boolean current,
        List<ChecklistItem> items,
        AppliesTo appliesTo,
        Instant createdAt) {

    /** The provider the items were filtered for. */
    public record AppliesTo(BusinessForm businessForm, boolean represented) {
    }
}
