package id.go.madiunkota.ppid.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.SubmitRequest;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.service.RequestIntakeService;
import id.go.madiunkota.ppid.service.RequestWorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/** Registers requests for a test's set-up without going through HTTP (and so without a test identity). */
@ApplicationScoped
public class Requests {

    /** The public form, without an account. */
    public static final Caller ANONYMOUS = Caller.ANONYMOUS;

    private final RequestIntakeService intake;
    private final RequestWorkflowService workflow;
    private final ObjectMapper mapper;

    public Requests(RequestIntakeService intake, RequestWorkflowService workflow, ObjectMapper mapper) {
        this.intake = intake;
        this.workflow = workflow;
        this.mapper = mapper;
    }

    /** An online request from {@code caller}, with the valid body of {@link RequestBodies#personRequest()}. */
    public InformationRequest submitted(Caller caller) {
        return intake.submit(mapper.convertValue(RequestBodies.personRequest(), SubmitRequest.class), caller);
    }

    /** A request from {@code caller} made through a representative (Budi Santoso, under a power of attorney). */
    public InformationRequest represented(Caller caller) {
        Map<String, Object> body = RequestBodies.personRequest();
        body.put("representative", Map.of("name", "Budi Santoso", "powerOfAttorney", "Surat kuasa 10 Maret 2026"));
        return intake.submit(mapper.convertValue(body, SubmitRequest.class), caller);
    }

    /** {@code request} decided by an officer with {@code outcome} (GRANTED needs nothing else). */
    public InformationRequest decided(InformationRequest request, String outcome) {
        Caller officer = new Caller("officer-1", "officer-1", Set.of(Roles.PPID_OFFICER));
        return workflow.decide(request.id(), mapper.convertValue(Map.of("outcome", outcome),
                id.go.madiunkota.ppid.api.RequestBodies.Decision.class), officer);
    }

    /** A citizen with token subject {@code subject}. */
    public static Caller citizen(String subject) {
        return new Caller(subject, subject, Set.of(Roles.CITIZEN));
    }
}
