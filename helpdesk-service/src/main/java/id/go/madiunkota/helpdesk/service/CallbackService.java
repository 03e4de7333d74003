package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.helpdesk.config.HelpdeskConfig;
import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.RecordKind;
import id.go.madiunkota.helpdesk.repository.CallbackRepository;
import id.go.madiunkota.helpdesk.repository.ConsultationRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The agent's callback queue: their pending callbacks, or only those due now; and marking one done. */
@ApplicationScoped
public class CallbackService {

    private final CallbackRepository callbacks;
    private final ConsultationRepository consultations;
    private final HelpdeskConfig config;
    private final Clock clock;

    public CallbackService(CallbackRepository callbacks, ConsultationRepository consultations, HelpdeskConfig config,
            Clock clock) {
        this.callbacks = callbacks;
        this.consultations = consultations;
        this.config = config;
        this.clock = clock;
    }

    /** The agent's pending callbacks, soonest first; {@code dueOnly}: only those whose time has come. */
    @Transactional
    public PageView<QueuedCallback> queue(String agentSubject, boolean dueOnly, PageParams paging) {
        Instant now = clock.instant();
        PanacheQuery<Callback> query = callbacks.pendingFor(agentSubject, dueOnly ? now : null)
                .page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(c -> queued(c, now)).toList(), paging.page(), paging.size(),
                query.count());
    }

    /** The agent called back; only the owner may mark it (another agent's callback is "not found"). */
    @Transactional
    public QueuedCallback complete(UUID id, String agentSubject, String note) {
        Callback callback = callbacks.findByIdOptional(id).filter(c -> c.agent().subject().equals(agentSubject))
                .orElseThrow(() -> RecordKind.CALLBACK.notFound(id));
        Instant now = clock.instant();
        callback.complete(note, now);
        return queued(callback, now);
    }

    private QueuedCallback queued(Callback callback, Instant now) {
        return new QueuedCallback(callback, consultations.findById(callback.consultationId()), callback.due(now),
                callback.overdue(now, config.callbacks().overdueAfter()));
    }
}
