package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.mapping.ConsultationMapper;
import id.go.madiunkota.helpdesk.repository.CallbackRepository;
import id.go.madiunkota.helpdesk.repository.ConsultationRepository;
import id.go.madiunkota.helpdesk.rest.CallbackView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The agent's callback queue: their pending callbacks, or only those due now; and marking one done. */
@ApplicationScoped
public class CallbackService {

    private final CallbackRepository callbacks;
    private final ConsultationRepository consultations;
    private final ConsultationMapper mapper;
    private final Clock clock;

    public CallbackService(CallbackRepository callbacks, ConsultationRepository consultations,
            ConsultationMapper mapper, Clock clock) {
        this.callbacks = callbacks;
        this.consultations = consultations;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The agent's pending callbacks, soonest first; {@code dueOnly}: only those whose time has come. */
    @Transactional
    public List<CallbackView> queue(String agent, boolean dueOnly) {
        Instant now = clock.instant();
        return callbacks.pendingFor(agent, dueOnly ? now : null).stream().map(this::view).toList();
    }

    /** The agent called back; only the owner may mark it (another agent's callback is "not found"). */
    @Transactional
    public CallbackView complete(UUID id, String agent, String note) {
        Callback callback = callbacks.findByIdOptional(id).filter(c -> c.agent().equals(agent))
                .orElseThrow(() -> DomainException.notFound("Callback", id));
        callback.complete(note, clock.instant());
        return view(callback);
    }

    private CallbackView view(Callback callback) {
        return mapper.toView(callback, consultations.findById(callback.consultationId()));
    }
}
