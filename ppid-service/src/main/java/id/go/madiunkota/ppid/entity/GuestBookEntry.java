package id.go.madiunkota.ppid.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import id.go.madiunkota.common.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One signature in the PPID guest book (buku tamu) of a walk-in visitor, optionally linked to the information request
 * the visitor filed. The phone is personal data: encrypted in the database and never shown in full.
 */
@Entity
@Table(name = "guest_book_entry")
public class GuestBookEntry {

    @Id
    private UUID id;
    @Column(name = "visitor_name", nullable = false, updatable = false)
    private String visitorName;
    @Column(updatable = false)
    private String organization;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "visitor_phone", updatable = false)
    private String phone;
    @Column(nullable = false, updatable = false)
    private String purpose;
    @Column(name = "visited_at", nullable = false, updatable = false)
    private Instant visitedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private InformationRequest request;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_by_name", updatable = false)
    private String recordedByName;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected GuestBookEntry() {
    }

    /** A visitor signs the book; {@code request} is the request already filed, or null. */
    public static GuestBookEntry sign(String visitorName, String organization, String phone, String purpose,
            Instant visitedAt, InformationRequest request, Actor recordedBy, Instant now) {
        GuestBookEntry entry = new GuestBookEntry();
        entry.id = UUID.randomUUID();
        entry.visitorName = visitorName;
        entry.organization = organization;
        entry.phone = phone;
        entry.purpose = purpose;
        entry.visitedAt = visitedAt;
        entry.request = request;
        entry.recordedBy = recordedBy.subject();
        entry.recordedByName = recordedBy.name();
        entry.createdAt = now;
        return entry;
    }

    /** Links the entry to the request the visitor filed afterwards; an entry is linked once only. */
    public void linkTo(InformationRequest filed) {
        if (request != null) {
            throw DomainException.conflict("guestbook.already-linked", id, request.registrationNumber());
        }
        request = filed;
    }

    public UUID id() {
        return id;
    }

    public String visitorName() {
        return visitorName;
    }

    public String organization() {
        return organization;
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    public String purpose() {
        return purpose;
    }

    public Instant visitedAt() {
        return visitedAt;
    }

    /** The linked request, or null. */
    public InformationRequest request() {
        return request;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** The display name of the officer who recorded it (the subject on entries older than the name). */
    public String recordedByName() {
        return recordedByName != null ? recordedByName : recordedBy;
    }
}
