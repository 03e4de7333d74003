package id.go.madiunkota.training.service;

import id.go.madiunkota.common.document.DocumentContent;
import id.go.madiunkota.common.document.DocumentRefusedException;
import id.go.madiunkota.common.document.DocumentStore;
import id.go.madiunkota.common.document.DocumentUploads;
import id.go.madiunkota.common.document.StoredDocument;
import id.go.madiunkota.training.entity.Actor;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.TrainingRecord;
import id.go.madiunkota.training.repository.RegistrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The scan of the superior's decree (surat keputusan) that sends a procurement official to the training, kept with the
 * registration in the {@link DocumentStore} under {@code training:<id>:decree}: the trainer scans the decree the
 * official brings when recording or checking it. One per registration; again replaces it.
 */
@ApplicationScoped
public class DecreeScanService {

    private static final Logger LOG = Logger.getLogger(DecreeScanService.class);

    private final RegistrationRepository registrations;
    private final RegistrationService registrationService;
    private final DocumentStore documents;

    public DecreeScanService(RegistrationRepository registrations, RegistrationService registrationService,
            DocumentStore documents) {
        this.registrations = registrations;
        this.registrationService = registrationService;
        this.documents = documents;
    }

    /** Attaches the scan of an official's decree; the registration is locked while it is stored. */
    @Transactional
    public StoredDocument attach(UUID id, DocumentUploads.Upload upload, Actor trainer) {
        Registration registration = registrations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> TrainingRecord.REGISTRATION.notFound(id));
        registration.requireDecreeScannable();
        documents.deleteAll(owner(id));
        StoredDocument scan = documents.store(owner(id), upload.declaredName(), upload.content(), trainer.subject());
        LOG.infof("Decree scan attached to registration %s: %s, %d bytes", id, scan.mediaType(), scan.size());
        return scan;
    }

    /** The decree's scan with its content; 404 when the registration or the scan is unknown. */
    public DocumentContent scan(UUID id) {
        registrationService.load(id);
        return documents.list(owner(id)).stream().findFirst().flatMap(found -> documents.read(found.id()))
                .orElseThrow(() -> DocumentRefusedException.notFound("decree"));
    }

    private static String owner(UUID id) {
        return "training:" + id + ":decree";
    }
}
