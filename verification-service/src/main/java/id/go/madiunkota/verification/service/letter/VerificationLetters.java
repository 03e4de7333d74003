package id.go.madiunkota.verification.service.letter;

import static id.go.madiunkota.common.letter.IndonesianDates.dateTime;
import static id.go.madiunkota.common.letter.IndonesianDates.dayAndDate;
import static id.go.madiunkota.common.problem.Messages.INDONESIAN;
import static id.go.madiunkota.common.problem.Messages.word;

import id.go.madiunkota.common.config.ServiceConfig;
import id.go.madiunkota.common.letter.Letter;
import id.go.madiunkota.common.letter.LetterKinds;
import id.go.madiunkota.common.letter.LetterRenderer;
import id.go.madiunkota.common.letter.RenderedLetter;
import id.go.madiunkota.common.letter.Rows;
import id.go.madiunkota.verification.entity.ChecklistItem;
import id.go.madiunkota.verification.entity.Decision;
import id.go.madiunkota.verification.entity.DocumentCheck;
import id.go.madiunkota.verification.entity.Outcome;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.RecordKind;
import id.go.madiunkota.verification.entity.Refusals;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.repository.ProviderRepository;
import id.go.madiunkota.verification.repository.VerificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The Berita Acara Verifikasi as PDF: the provider, each document of the checklist as the verifier checked it
 * (original seen, copy received, note), the blacklist check, the result with what was missing, the verifier and the
 * time; signed by provider and verifier. For verifiers and auditors, once the verification is decided.
 */
@ApplicationScoped
public class VerificationLetters {

    private final VerificationRepository verifications;
    private final ProviderRepository providers;
    private final LetterRenderer renderer;
    private final ZoneId zone;

    public VerificationLetters(VerificationRepository verifications, ProviderRepository providers,
            LetterRenderer renderer, ServiceConfig config) {
        this.verifications = verifications;
        this.providers = providers;
        this.renderer = renderer;
        this.zone = config.zone();
    }

    /** The letter {@code kind} of verification {@code id}; 404 for an unknown kind or verification. */
    @Transactional
    public RenderedLetter render(String kind, UUID id) {
        LetterKinds.of(VerificationLetter.class, kind);
        Verification verification = verifications.findByIdOptional(id)
                .orElseThrow(() -> Refusals.notFound(RecordKind.VERIFICATION, id));
        Decision decision = verification.decision();
        if (decision == null || decision.outcome() == null) {
            throw LetterKinds.notYet(VerificationLetter.BERITA_ACARA);
        }
        Provider provider = providers.findById(verification.providerId());
        Map<String, Object> facts = new HashMap<>();
        facts.put("day", dayAndDate(LocalDate.ofInstant(decision.decidedAt(), zone)));
        facts.put("rows", new Rows()
                .add("Nama perusahaan", provider.companyName())
                .add("Bentuk usaha", word(INDONESIAN, provider.businessForm()))
                .add("NPWP", provider.npwp())
                .add("NIB", provider.nib())
                .add("Kode registrasi penyedia", provider.registrationReference())
                .add("Direktur", provider.directorName())
                .add("Kuasa yang hadir", verification.representative() == null ? null
                        : verification.representative().name() + " (surat kuasa "
                                + verification.representative().powerOfAttorney() + ")")
                .add("Buku tamu LPSE", dateTime(verification.lpseGuestBookSignedAt(), zone))
                .add("Buku tamu verifikasi", dateTime(verification.verificationGuestBookSignedAt(), zone))
                .add("Verifikasi dimulai", dateTime(verification.startedAt(), zone))
                .add("Daftar dokumen", "versi " + verification.checklistVersion())
                .add("Kedatangan ke-", verification.attempt())
                .list());
        facts.put("documents", documents(verification));
        facts.put("blacklist", verification.blacklistCheck() == null ? "Belum dicatat"
                : (verification.blacklistCheck().listed() ? "TERCANTUM dalam daftar hitam" : "Tidak tercantum")
                        + " (sumber: " + verification.blacklistCheck().source() + ", diperiksa "
                        + dateTime(verification.blacklistCheck().checkedAt(), zone) + ")");
        facts.put("outcome", word(INDONESIAN, decision.outcome()));
        facts.put("approved", decision.outcome() == Outcome.APPROVED);
        facts.put("missing", missing(verification, decision));
        facts.put("note", decision.note());
        facts.put("decidedAt", dateTime(decision.decidedAt(), zone));
        facts.put("verifiedBy", decision.decidedBy() == null ? verification.verifier().name()
                : decision.decidedBy().name());
        facts.put("providerSigner", verification.representative() == null ? provider.directorName()
                : verification.representative().name());
        facts.put("company", provider.companyName());
        // the verification's own reference: the registration reference is the provider's key to its status
        String reference = verification.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return renderer.rendered(new Letter("letters/verification/berita-acara.html",
                "Berita Acara Verifikasi Penyedia Barang/Jasa", "BAV/LPSE/" + reference,
                LocalDate.ofInstant(decision.decidedAt(), zone), Letter.fileName("berita-acara-verifikasi", reference),
                facts));
    }

    private static List<Map<String, Object>> documents(Verification verification) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChecklistItem item : verification.documents().items()) {
            DocumentCheck check = verification.documents().checkOf(item.code());
            Map<String, Object> row = new HashMap<>();
            row.put("number", rows.size() + 1);
            row.put("name", item.name());
            row.put("original", !item.original() ? "tidak diminta" : check == null ? "—"
                    : check.originalSighted() ? "ya" : "tidak");
            row.put("copy", !item.copy() ? "tidak diminta" : check == null ? "—"
                    : check.copyReceived() ? "ya" : "tidak");
            row.put("note", check == null ? "belum diperiksa" : check.note() == null ? "" : check.note());
            row.put("result", item.satisfiedBy(check) ? "lengkap" : "belum lengkap");
            rows.add(row);
        }
        return rows;
    }

    /** The names of the items a rejection lists as missing or invalid. */
    private static List<String> missing(Verification verification, Decision decision) {
        if (decision.missingItems() == null) {
            return List.of();
        }
        return verification.documents().items().stream().filter(i -> decision.missingItems().contains(i.code()))
                .map(ChecklistItem::name).toList();
    }
}
