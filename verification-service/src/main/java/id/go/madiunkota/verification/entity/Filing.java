package id.go.madiunkota.verification.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;

/** After the decision: the verification sheet signed by provider and verifier, then the file in the archive. */
@Embeddable
public class Filing {

    @Column(name = "signed_at")
    private Instant signedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "signed_by"))
    @AttributeOverride(name = "name", column = @Column(name = "signed_by_name"))
    private Actor signedBy;
    @Column(name = "archive_reference")
    private String archiveReference;
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Filing() {
    }

    static Filing signed(Actor by, Instant at) {
        Filing filing = new Filing();
        filing.signedBy = by;
        filing.signedAt = at;
        return filing;
    }

    void archive(String reference, Instant at) {
        archiveReference = reference;
        archivedAt = at;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public Actor signedBy() {
        return signedBy;
    }

    public String archiveReference() {
        return archiveReference;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
