package id.go.madiunkota.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** After the decision: the verification sheet signed by provider and verifier, then the file in the archive. */
@Embeddable
public class Filing {

    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "archive_reference")
    private String archiveReference;
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Filing() {
    }

    static Filing signed(String by, Instant at) {
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

    public String signedBy() {
        return signedBy;
    }

    public String archiveReference() {
        return archiveReference;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
