package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.document.DocumentContent;
import id.go.madiunkota.common.document.DocumentRefusedException;
import id.go.madiunkota.common.document.DocumentStore;
import id.go.madiunkota.common.document.DocumentUploads;
import id.go.madiunkota.common.document.StoredDocument;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.verification.api.ScanView;
import id.go.madiunkota.verification.entity.RecordKind;
import id.go.madiunkota.verification.entity.Refusals;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.repository.VerificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The scans of a verification's documents (akta, NIB, NPWP, KTP, …), one per checklist item, attached by the verifier
 * while the provider's papers are on the desk (the provider comes in person with them: the office's service standard
 * has no upload by the provider). Kept in the {@link DocumentStore} under {@code verification:<id>:<code>}.
 */
@ApplicationScoped
public class ScanService {

    private static final Logger LOG = Logger.getLogger(ScanService.class);

    private final VerificationRepository verifications;
    private final DocumentStore documents;

    public ScanService(VerificationRepository verifications, DocumentStore documents) {
        this.verifications = verifications;
        this.documents = documents;
    }

    /** Attaches the scan of {@code code}, replacing an earlier one; the verification is locked while it is stored. */
    @Transactional
    public StoredDocument attach(UUID id, String code, DocumentUploads.Upload upload, Caller caller) {
        Verification verification = verifications.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Refusals.notFound(RecordKind.VERIFICATION, id));
        verification.requireScannable(code);
        String owner = owner(id, code);
        documents.deleteAll(owner);
        StoredDocument scan = documents.store(owner, upload.declaredName(), upload.content(), caller.subject());
        LOG.infof("Scan of %s attached to verification %s: %s, %d bytes", code, id, scan.mediaType(), scan.size());
        return scan;
    }

    /** The scan of {@code code} with its content; 404 when the verification, the item or the scan is unknown. */
    public DocumentContent scan(UUID id, String code) {
        load(id);
        return documents.list(owner(id, code)).stream().reduce((first, second) -> second)
                .flatMap(found -> documents.read(found.id()))
                .orElseThrow(() -> DocumentRefusedException.notFound(code));
    }

    /** Every scan of the verification, in the order attached. */
    public List<ScanView> scans(UUID id) {
        load(id);
        String prefix = owner(id, "");
        return documents.listUnder(prefix).stream()
                .map(d -> new ScanView(d.owner().substring(prefix.length()), d)).toList();
    }

    private Verification load(UUID id) {
        return verifications.findByIdOptional(id).orElseThrow(() -> Refusals.notFound(RecordKind.VERIFICATION, id));
    }

    private static String owner(UUID id, String code) {
        return "verification:" + id + ":" + code;
    }
}
