package id.go.madiunkota.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A provider activated by verification-service, invited to the next provider session (or waiting for one). */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    private UUID id;
    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;
    @Column(name = "verification_id", updatable = false)
    private UUID verificationId;
    @Column(name = "company_name", updatable = false)
    private String companyName;
    @Column(name = "business_form", updatable = false)
    private String businessForm;
    @Column(name = "activated_at", nullable = false, updatable = false)
    private Instant activatedAt;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "session_date")
    private LocalDate sessionDate;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Invitation() {
        // for JPA
    }

    /** A provider to invite, waiting until it is given a session. */
    public static Invitation of(UUID providerId, UUID verificationId, String companyName, String businessForm,
            Instant activatedAt, Instant now) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.providerId = providerId;
        invitation.verificationId = verificationId;
        invitation.companyName = companyName;
        invitation.businessForm = businessForm;
        invitation.activatedAt = activatedAt;
        invitation.status = InvitationStatus.WAITING_FOR_SESSION;
        invitation.createdAt = now;
        invitation.updatedAt = now;
        return invitation;
    }

    /** Invited to {@code session}. */
    public void inviteTo(TrainingSession session, Instant now) {
        sessionId = session.id();
        sessionDate = session.date();
        invitedAt = now;
        status = InvitationStatus.INVITED;
        updatedAt = now;
    }

    /** Its session was cancelled and no other is scheduled: waits again. */
    public void waitAgain(Instant now) {
        sessionId = null;
        sessionDate = null;
        status = InvitationStatus.WAITING_FOR_SESSION;
        updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID providerId() { return providerId; }
    public UUID verificationId() { return verificationId; }
    public String companyName() { return companyName; }
    public String businessForm() { return businessForm; }
    public Instant activatedAt() { return activatedAt; }
    public UUID sessionId() { return sessionId; }
    public LocalDate sessionDate() { return sessionDate; }
    public Instant invitedAt() { return invitedAt; }
    public InvitationStatus status() { return status; }
}
