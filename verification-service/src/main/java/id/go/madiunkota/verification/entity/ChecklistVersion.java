package id.go.madiunkota.verification.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A version of the document checklist. Immutable once stored: a change of the document set is a new version. */
@Entity
@Table(name = "checklist_version")
public class ChecklistVersion {

    @Id
    private String version;
    @Column(nullable = false)
    private String title;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    private String description;
    /** JSON, typed in META-INF/orm.xml. */
    @Column(nullable = false)
    private List<ChecklistItem> items;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "created_by"))
    @AttributeOverride(name = "name", column = @Column(name = "created_by_name"))
    private Actor createdBy;

    protected ChecklistVersion() {
    }

    public ChecklistVersion(String version, String title, LocalDate effectiveFrom, String description,
            List<ChecklistItem> items, Instant createdAt, Actor createdBy) {
        this.version = version;
        this.title = title;
        this.effectiveFrom = effectiveFrom;
        this.description = description;
        this.items = List.copyOf(items);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The items asked of a provider of {@code form}, with or without a representative. */
    public List<ChecklistItem> applicableTo(BusinessForm form, boolean represented) {
        return items.stream().filter(item -> item.appliesTo(form, represented)).toList();
    }

    public Optional<ChecklistItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String description() {
        return description;
    }

    public List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Actor createdBy() {
        return createdBy;
    }
}
