package id.go.madiunkota.common.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published version of the service standard. Immutable once stored: a change is a new version. */
@Entity
@Table(name = "service_standard")
public class ServiceStandard {

    @Id
    private int version;

    @Column(nullable = false)
    private String title;

    @Column(name = "decree_number")
    private String decreeNumber;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    private String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<StandardComponent> components;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Integer> targets;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    protected ServiceStandard() {
        // for JPA
    }

    public ServiceStandard(int version, StandardContent content, Instant publishedAt, String publishedBy) {
        this.version = version;
        this.title = content.title();
        this.decreeNumber = content.decreeNumber();
        this.effectiveDate = content.effectiveDate();
        this.source = content.source();
        this.components = List.copyOf(content.components());
        this.targets = Map.copyOf(content.targets());
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public Map<String, Integer> targets() {
        return targets;
    }

    public StandardContent content() {
        return new StandardContent(title, decreeNumber, effectiveDate, source, components, targets);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
