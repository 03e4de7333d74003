package id.go.madiunkota.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The blacklist (daftar hitam) check of the provider's NPWP, as the verifier recorded it. */
@Embeddable
public class BlacklistCheck {

    @Column(name = "blacklist_listed")
    private Boolean listed;
    @Column(name = "blacklist_source")
    private String source;
    @Column(name = "blacklist_checked_at")
    private Instant checkedAt;

    protected BlacklistCheck() {
    }

    public BlacklistCheck(boolean listed, String source, Instant checkedAt) {
        this.listed = listed;
        this.source = source;
        this.checkedAt = checkedAt;
    }

    /** Whether the provider is on the blacklist. */
    public boolean listed() {
        return Boolean.TRUE.equals(listed);
    }

    public String source() {
        return source;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
