package id.go.madiunkota.helpdesk.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint, suggestion or input (pengaduan, saran, masukan) about one of the four services, with the public
 * tracking code given to the complainant. Open ({@code RECEIVED}) until staff answer it, once ({@code ANSWERED}).
 * The complainant's phone and e-mail are encrypted in the database.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    private UUID id;
    @Column(name = "tracking_code", nullable = false, updatable = false)
    private String trackingCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ComplaintKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ComplaintChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ServiceConcerned service;
    @Column(name = "complainant_name", nullable = false, updatable = false)
    private String complainantName;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "complainant_phone", updatable = false)
    private String complainantPhone;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "complainant_email", updatable = false)
    private String complainantEmail;
    @Column(nullable = false, updatable = false)
    private String content;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "recorded_by", updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "recorded_by_name", updatable = false))
    private Staff recordedBy;
    private String answer;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "answered_by"))
    @AttributeOverride(name = "name", column = @Column(name = "answered_by_name"))
    private Staff answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(nullable = false)
    private String language = "id";
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Complaint() {
    }

    /** A complaint received now; {@code recordedBy} is the staff member who recorded it, or null from the web form. */
    public static Complaint receive(String trackingCode, ComplaintKind kind, ComplaintChannel channel,
            ServiceConcerned service, String name, String phone, String email, String content, Staff recordedBy,
            Instant now) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.trackingCode = trackingCode;
        complaint.kind = kind;
        complaint.channel = channel;
        complaint.service = service;
        complaint.complainantName = name;
        complaint.complainantPhone = phone;
        complaint.complainantEmail = email;
        complaint.content = content;
        complaint.recordedBy = recordedBy;
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.receivedAt = now;
        complaint.updatedAt = now;
        return complaint;
    }

    /** Staff answer the complaint; once. */
    public void answer(String answer, Staff staff, Instant now) {
        if (status != ComplaintStatus.RECEIVED) {
            throw RecordKind.refused(status, Step.COMPLAINT_RESPONSE);
        }
        this.answer = answer;
        this.answeredBy = staff;
        this.answeredAt = now;
        this.status = ComplaintStatus.ANSWERED;
        this.updatedAt = now;
    }

    /** Written to in {@code language} ({@code id} or {@code en}). */
    public Complaint writtenIn(String language) {
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

    public String trackingCode() {
        return trackingCode;
    }

    public ComplaintKind kind() {
        return kind;
    }

    public ComplaintChannel channel() {
        return channel;
    }

    public ServiceConcerned service() {
        return service;
    }

    public String complainantName() {
        return complainantName;
    }

    public String complainantPhone() {
        return complainantPhone;
    }

    public String complainantEmail() {
        return complainantEmail;
    }

    public String content() {
        return content;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Staff recordedBy() {
        return recordedBy;
    }

    public String answer() {
        return answer;
    }

    public Staff answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
