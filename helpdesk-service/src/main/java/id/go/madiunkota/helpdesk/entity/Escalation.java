package id.go.madiunkota.helpdesk.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One escalation of a consultation to LKPP: when and why it was asked, LKPP's answer with LKPP's reference, and whether
 * the caller accepted it when it was relayed. Changed only through {@link Consultation}.
 */
@Entity
@Table(name = "lkpp_escalation")
public class Escalation {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
    private Consultation consultation;
    @Column(nullable = false, updatable = false)
    private int number;
    @Column(nullable = false, updatable = false)
    private String note;
    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant escalatedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "escalated_by", nullable = false, updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "escalated_by_name", nullable = false, updatable = false))
    private Staff escalatedBy;
    @Column(name = "callback_id", nullable = false, updatable = false)
    private UUID callbackId;
    private String answer;
    @Column(name = "lkpp_reference")
    private String lkppReference;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "answer_recorded_by"))
    @AttributeOverride(name = "name", column = @Column(name = "answer_recorded_by_name"))
    private Staff answerRecordedBy;
    @Column(name = "relayed_at")
    private Instant relayedAt;
    private Boolean accepted;

    protected Escalation() {
    }

    Escalation(Consultation consultation, int number, String note, Staff agent, UUID callbackId, Instant now) {
        this.id = UUID.randomUUID();
        this.consultation = consultation;
        this.number = number;
        this.note = note;
        this.escalatedBy = agent;
        this.callbackId = callbackId;
        this.escalatedAt = now;
    }

    void answered(String answer, String lkppReference, Staff agent, Instant now) {
        this.answer = answer;
        this.lkppReference = lkppReference;
        this.answerRecordedBy = agent;
        this.answeredAt = now;
    }

    void relayed(boolean accepted, Instant now) {
        this.accepted = accepted;
        this.relayedAt = now;
    }

    /** How long the helpdesk waited on LKPP for this answer; zero while it is still awaited. */
    public Duration lkppWait() {
        return answeredAt == null ? Duration.ZERO : Duration.between(escalatedAt, answeredAt);
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String note() {
        return note;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Staff escalatedBy() {
        return escalatedBy;
    }

    public UUID callbackId() {
        return callbackId;
    }

    public String answer() {
        return answer;
    }

    public String lkppReference() {
        return lkppReference;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Staff answerRecordedBy() {
        return answerRecordedBy;
    }

    public Instant relayedAt() {
        return relayedAt;
    }

    public Boolean accepted() {
        return accepted;
    }
}
