package id.go.madiunkota.ppid.service.letter;

import id.go.madiunkota.common.letter.LetterKinds;
import id.go.madiunkota.common.letter.LetterRenderer;
import id.go.madiunkota.common.letter.RenderedLetter;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.repository.ObjectionRepository;
import id.go.madiunkota.ppid.repository.RequestRepository;
import id.go.madiunkota.ppid.service.Access;
import id.go.madiunkota.ppid.service.Missing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The PPID's letters as PDF: to whoever may read the record (staff, the owning citizen, the holder of the request's
 * tracking code; anyone else is told "not found"), and from Java inside the service (a mail attaching the decision
 * letter: {@link #render(RequestLetter, UUID)}). A letter whose fact has not happened yet is 409.
 */
@ApplicationScoped
public class PpidLetters {

    private final RequestRepository requests;
    private final ObjectionRepository objections;
    private final RequestLetters requestLetters;
    private final ObjectionLetters objectionLetters;
    private final LetterRenderer renderer;

    public PpidLetters(RequestRepository requests, ObjectionRepository objections, RequestLetters requestLetters,
            ObjectionLetters objectionLetters, LetterRenderer renderer) {
        this.requests = requests;
        this.objections = objections;
        this.requestLetters = requestLetters;
        this.objectionLetters = objectionLetters;
        this.renderer = renderer;
    }

    /** A request's letter as its applicant receives it (with their contact details), for use inside the service. */
    @Transactional
    public byte[] render(RequestLetter kind, UUID requestId) {
        return renderer.render(requestLetters.letter(kind, request(requestId), true));
    }

    /** An objection's letter as its applicant receives it, for use inside the service. */
    @Transactional
    public byte[] render(ObjectionLetter kind, UUID objectionId) {
        Objection objection = objection(objectionId);
        return renderer.render(objectionLetters.letter(kind, objection, request(objection.requestId()), true));
    }

    /** The letter {@code kind} of a request, if {@code caller} (or the holder of {@code trackingCode}) may read it. */
    @Transactional
    public RenderedLetter forRequest(String kind, UUID requestId, Caller caller, String trackingCode) {
        RequestLetter letter = LetterKinds.of(RequestLetter.class, kind);
        InformationRequest request = request(requestId);
        boolean identified = readableBy(request, caller, trackingCode, requestId);
        return renderer.rendered(requestLetters.letter(letter, request, identified));
    }

    /** The letter {@code kind} of an objection, on the same terms as its request's letters. */
    @Transactional
    public RenderedLetter forObjection(String kind, UUID objectionId, Caller caller, String trackingCode) {
        ObjectionLetter letter = LetterKinds.of(ObjectionLetter.class, kind);
        Objection objection = objection(objectionId);
        InformationRequest request = request(objection.requestId());
        boolean identified = readableBy(request, caller, trackingCode, objectionId);
        return renderer.rendered(objectionLetters.letter(letter, objection, request, identified));
    }

    /**
     * Whether the caller sees the applicant's contact details (staff, owner: true; the tracking code's holder: false);
     * 404 naming {@code shownId} to anyone else, so that the record's existence does not leak.
     */
    private static boolean readableBy(InformationRequest request, Caller caller, String trackingCode, UUID shownId) {
        if (Access.staff(caller) || Access.owns(caller, request.ownerSubject())) {
            return true;
        }
        if (trackingCode != null && trackingCode.equals(request.trackingCode())) {
            return false;
        }
        throw (shownId.equals(request.id()) ? Missing.REQUEST : Missing.OBJECTION).notFound(shownId);
    }

    private InformationRequest request(UUID id) {
        return requests.findByIdOptional(id).orElseThrow(() -> Missing.REQUEST.notFound(id));
    }

    private Objection objection(UUID id) {
        return objections.findByIdOptional(id).orElseThrow(() -> Missing.OBJECTION.notFound(id));
    }
}
