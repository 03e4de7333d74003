package id.go.madiunkota.verification.entity;

import java.util.List;

/**
 * One document of a checklist version.
 *
 * @param code stable code, such as {@code DIRECTOR_KTP}
 * @param name what the document is, in Bahasa Indonesia
 * @param nameEn the same in English
 * @param original whether the verifier must see the original
 * @param copy whether the provider must hand in a copy
 * @param representedOnly whether it is asked only when a representative comes with a power of attorney
 * @param businessForms the business forms it applies to; empty means all
 */
public record ChecklistItem(
        String code,
        String name,
        String nameEn,
        boolean original,
        boolean copy,
        boolean representedOnly,
        List<BusinessForm> businessForms) {

    public ChecklistItem {
        businessForms = businessForms == null ? List.of() : List.copyOf(businessForms);
    }

    /** Whether the item is asked of a provider of {@code form}, with or without a representative. */
    public boolean appliesTo(BusinessForm form, boolean represented) {
        return (!representedOnly || represented) && (businessForms.isEmpty() || businessForms.contains(form));
    }

    /** Whether {@code check} satisfies this item: the original seen and the copy received, where each is asked. */
    public boolean satisfiedBy(DocumentCheck check) {
        return check != null && (!original || check.originalSighted()) && (!copy || check.copyReceived());
    }
}
