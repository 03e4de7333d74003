package id.go.madiunkota.helpdesk.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A consultation of the LPSE helpdesk, following the seed's flowchart: the agent records the caller and the need,
 * consults, and either answers directly ({@code RESOLVED}) or escalates to LKPP ({@code ESCALATED}, with a callback
 * task); LKPP's answer is recorded ({@code ANSWERED}) and relayed; a caller who does not accept it sends the
 * consultation back to {@code OPEN}; then it is closed. Each move is a method that refuses what the flow does not
 * allow ({@link RecordKind#refused}, answered 409).
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsultationChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationStatus status;
    @Embedded
    private CallerDetails caller;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Topic topic;
    @Column(nullable = false, updatable = false)
    private String question;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "agent", nullable = false, updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "agent_name", nullable = false, updatable = false))
    private Staff agent;
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;
    private String answer;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "resolved_by"))
    @AttributeOverride(name = "name", column = @Column(name = "resolved_by_name"))
    private Staff resolvedBy;
    @Column(name = "escalation_count", nullable = false)
    private int escalationCount;
    @Column(name = "lkpp_wait_seconds", nullable = false)
    private int lkppWaitSeconds;
    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<Escalation> escalations = new ArrayList<>();
    @Embedded
    private Closing closing;
    @Column(nullable = false)
    private String language = "id";
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Consultation() {
    }

    /** The agent records the caller and the need: the consultation is open. */
    public static Consultation open(ConsultationChannel channel, CallerDetails caller, Topic topic, String question,
            Staff agent, Instant now) {
        Consultation consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.channel = channel;
        consultation.status = ConsultationStatus.OPEN;
        consultation.caller = caller;
        consultation.topic = topic;
        consultation.question = question;
        consultation.agent = agent;
        consultation.openedAt = now;
        consultation.updatedAt = now;
        return consultation;
    }

    /** The agent answers the caller directly, without LKPP. */
    public void resolve(String answer, Staff agent, Instant now) {
        require(status == ConsultationStatus.OPEN, Step.RESOLUTION);
        this.answer = answer;
        this.resolvedBy = agent;
        this.resolvedAt = now;
        moveTo(ConsultationStatus.RESOLVED, now);
    }

    /** The agent cannot answer: asks LKPP, and owns the callback {@code callbackId}. Returns the new escalation. */
    public Escalation escalate(String note, Staff agent, UUID callbackId, Instant now) {
        require(status == ConsultationStatus.OPEN, Step.ESCALATION);
        Escalation escalation = new Escalation(this, escalations.size() + 1, note, agent, callbackId, now);
        escalations.add(escalation);
        escalationCount = escalations.size();
        moveTo(ConsultationStatus.ESCALATED, now);
        return escalation;
    }

    /** LKPP's answer to the current escalation, with LKPP's reference. */
    public Escalation recordLkppAnswer(String answer, String lkppReference, Staff agent, Instant now) {
        require(status == ConsultationStatus.ESCALATED, Step.LKPP_ANSWER);
        Escalation current = currentEscalation();
        current.answered(answer, lkppReference, agent, now);
        lkppWaitSeconds = (int) escalations.stream().map(Escalation::lkppWait).reduce(Duration.ZERO, Duration::plus)
                .toSeconds();
        moveTo(ConsultationStatus.ANSWERED, now);
        return current;
    }

    /**
     * LKPP's answer was told to the caller. Accepted, the consultation may close; not accepted, it goes back to
     * consulting ({@code OPEN}), where the agent answers again or escalates once more.
     */
    public void relay(boolean accepted, Instant now) {
        require(status == ConsultationStatus.ANSWERED && currentEscalation().relayedAt() == null, Step.RELAY);
        currentEscalation().relayed(accepted, now);
        moveTo(accepted ? ConsultationStatus.ANSWERED : ConsultationStatus.OPEN, now);
    }

    /** Done: from a direct answer, or from an LKPP answer the caller accepted. */
    public void close(Staff agent, int targetMinutes, Instant now) {
        boolean accepted = status == ConsultationStatus.ANSWERED && Boolean.TRUE.equals(currentEscalation().accepted());
        require(status == ConsultationStatus.RESOLVED || accepted, Step.CLOSURE);
        this.closing = new Closing(agent, openedAt, now, targetMinutes);
        moveTo(ConsultationStatus.CLOSED, now);
    }

    /**
     * The timing against the standard: once closed, the target and outcome recorded at closing; while open, the
     * {@code targetMinutes} in force and the time elapsed until {@code now}.
     */
    public ConsultationTiming timing(Instant now, int targetMinutes) {
        if (closing != null) {
            return new ConsultationTiming(closing.targetMinutes(),
                    Duration.between(openedAt, closing.closedAt()).toMinutes(), lkppWaitSeconds,
                    closing.withinTarget());
        }
        Duration elapsed = Duration.between(openedAt, now);
        return new ConsultationTiming(targetMinutes, elapsed.toMinutes(), lkppWaitSeconds,
                !elapsed.minusMinutes(targetMinutes).isPositive());
    }

    /** The escalation in course or last finished; null if never escalated. */
    public Escalation currentEscalation() {
        return escalations.isEmpty() ? null : escalations.get(escalations.size() - 1);
    }

    private void require(boolean allowed, Step step) {
        if (!allowed) {
            throw RecordKind.refused(status, step);
        }
    }

    private void moveTo(ConsultationStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    /** Written to in {@code language} ({@code id} or {@code en}). */
    public Consultation writtenIn(String language) {
        this.language = "en".equals(language) ? "en" : "id";
        return this;
    }

    /** The language mails about it are written in: {@code id} or {@code en}. */
    public String language() {
        return language;
    }

    public UUID id() {
        return id;
    }

    public ConsultationChannel channel() {
        return channel;
    }

    public ConsultationStatus status() {
        return status;
    }

    public CallerDetails caller() {
        return caller;
    }

    public Topic topic() {
        return topic;
    }

    public String question() {
        return question;
    }

    public Staff agent() {
        return agent;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String answer() {
        return answer;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Staff resolvedBy() {
        return resolvedBy;
    }

    public int escalationCount() {
        return escalationCount;
    }

    public int lkppWaitSeconds() {
        return lkppWaitSeconds;
    }

    public List<Escalation> escalations() {
        return List.copyOf(escalations);
    }

    /** How it was closed; null until then. */
    public Closing closing() {
        return closing;
    }
}
