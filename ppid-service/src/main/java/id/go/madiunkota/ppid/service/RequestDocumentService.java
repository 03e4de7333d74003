package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.document.DocumentContent;
import id.go.madiunkota.common.document.DocumentRefusedException;
import id.go.madiunkota.common.document.DocumentStore;
import id.go.madiunkota.common.document.DocumentUploads;
import id.go.madiunkota.common.document.StoredDocument;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.ppid.api.RequestDocumentView;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.repository.RequestRepository;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The documents of an information request, in the {@link DocumentStore} under {@code ppid:<id>:<kind>}: the power of
 * attorney of a representative (one; again replaces it), and the information the PPID released (several). Whoever may
 * read the request reads them: staff, the owning citizen, the holder of its tracking code; anyone else gets 404.
 */
@ApplicationScoped
public class RequestDocumentService {

    /** The representative's power of attorney (surat kuasa). */
    public static final String POWER_OF_ATTORNEY = "power-of-attorney";

    /** Information released with the decision or the delivery. */
    public static final String RELEASED = "released";

    private static final Logger LOG = Logger.getLogger(RequestDocumentService.class);

    private final RequestRepository requests;
    private final DocumentStore documents;

    public RequestDocumentService(RequestRepository requests, DocumentStore documents) {
        this.requests = requests;
        this.documents = documents;
    }

    /** The owner, the tracking code's holder or an officer attaches the representative's power of attorney. */
    @Transactional
    public RequestDocumentView attachPowerOfAttorney(UUID id, DocumentUploads.Upload upload, Caller caller,
            String trackingCode) {
        if (Access.staff(caller) && !Access.officer(caller)) {
            throw new ForbiddenException(); // the superior and the auditor read requests, they do not file for them
        }
        InformationRequest request = readable(id, caller, trackingCode, true);
        request.requirePowerOfAttorneyAccepted();
        documents.deleteAll(owner(id, POWER_OF_ATTORNEY));
        return stored(request, POWER_OF_ATTORNEY, upload, caller);
    }

    /** An officer attaches information released by a decision that granted some. */
    @Transactional
    public RequestDocumentView attachReleased(UUID id, DocumentUploads.Upload upload, Caller caller) {
        InformationRequest request = readable(id, caller, null, true);
        request.requireReleasable();
        return stored(request, RELEASED, upload, caller);
    }

    /** The request's documents, in the order attached. */
    @Transactional
    public List<RequestDocumentView> list(UUID id, Caller caller, String trackingCode) {
        readable(id, caller, trackingCode, false);
        String prefix = owner(id, "");
        return documents.listUnder(prefix).stream()
                .map(d -> new RequestDocumentView(d.owner().substring(prefix.length()), d)).toList();
    }

    /** One of the request's documents with its content. */
    @Transactional
    public DocumentContent download(UUID id, UUID documentId, Caller caller, String trackingCode) {
        readable(id, caller, trackingCode, false);
        return documents.find(documentId).filter(d -> d.owner().startsWith(owner(id, "")))
                .flatMap(d -> documents.read(d.id()))
                .orElseThrow(() -> DocumentRefusedException.notFound(documentId));
    }

    private RequestDocumentView stored(InformationRequest request, String kind, DocumentUploads.Upload upload,
            Caller caller) {
        String by = caller.anonymous() ? "anonymous" : caller.subject();
        StoredDocument document = documents.store(owner(request.id(), kind), upload.declaredName(),
                upload.content(), by);
        LOG.infof("Document %s (%s, %s, %d bytes) attached to request %s", document.id(), kind, document.mediaType(),
                document.size(), request.registrationNumber());
        return new RequestDocumentView(kind, document);
    }

    private InformationRequest readable(UUID id, Caller caller, String trackingCode, boolean lock) {
        Optional<InformationRequest> found = lock ? requests.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                : requests.findByIdOptional(id);
        return found.filter(r -> Access.staff(caller) || Access.owns(caller, r.ownerSubject())
                        || trackingCode != null && trackingCode.equals(r.trackingCode()))
                .orElseThrow(() -> Missing.REQUEST.notFound(id));
    }

    private static String owner(UUID id, String kind) {
        return "ppid:" + id + ":" + kind;
    }
}
