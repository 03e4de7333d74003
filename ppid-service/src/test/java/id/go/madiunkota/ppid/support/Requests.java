package id.go.madiunkota.ppid.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.SubmitRequest;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.service.RequestIntakeService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Registers requests for a test's set-up without going through HTTP (and so without a test identity). */
@ApplicationScoped
public class Requests {

    /** The public form, without an account. */
    public static final Caller ANONYMOUS = Caller.ANONYMOUS;

    private final RequestIntakeService intake;
    private final ObjectMapper mapper;

    public Requests(RequestIntakeService intake, ObjectMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
    }

    /** An online request from {@code caller}, with the valid body of {@link RequestBodies#personRequest()}. */
    public InformationRequest submitted(Caller caller) {
        return intake.submit(mapper.convertValue(RequestBodies.personRequest(), SubmitRequest.class), caller);
    }

    /** A citizen with token subject {@code subject}. */
    public static Caller citizen(String subject) {
        return new Caller(subject, subject, Set.of(Roles.CITIZEN));
    }
}
