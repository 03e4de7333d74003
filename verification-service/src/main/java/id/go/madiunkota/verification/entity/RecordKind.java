package id.go.madiunkota.verification.entity;

/** What a 404 did not find; the answer names it as a word of the caller's language ({@code enum.RecordKind.*}). */
public enum RecordKind {
    PROVIDER, VERIFICATION, CHECKLIST_VERSION, CHECKLIST_ITEM
}
