package id.go.madiunkota.verification.entity;

import id.go.madiunkota.common.problem.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checklist items that apply to one verification, fixed when it started, and the verifier's check of each. Both
 * are JSON columns, typed in META-INF/orm.xml.
 */
@Embeddable
public class Documents {

    @Column(name = "items", nullable = false)
    private List<ChecklistItem> items;
    @Column(name = "document_checks", nullable = false)
    private Map<String, DocumentCheck> checks = new LinkedHashMap<>();

    protected Documents() {
    }

    Documents(List<ChecklistItem> items) {
        this.items = List.copyOf(items);
    }

    /** Records the check of one item; again for the same code replaces the earlier check. 404 for an unknown code. */
    void check(String code, DocumentCheck check) {
        if (!has(code)) {
            throw Refusals.notFound(RecordKind.CHECKLIST_ITEM, code);
        }
        Map<String, DocumentCheck> changed = new LinkedHashMap<>(checks);
        changed.put(code, check);
        checks = changed;
    }

    /** Whether {@code code} is one of this verification's items. */
    public boolean has(String code) {
        return items.stream().anyMatch(item -> item.code().equals(code));
    }

    /** Codes of the items not yet satisfied: original not seen or copy not received where asked. */
    public List<String> unsatisfied() {
        return items.stream().filter(item -> !item.satisfiedBy(checks.get(item.code())))
                .map(ChecklistItem::code).toList();
    }

    /**
     * What a rejection lists: the codes the verifier names (400 when one is not on this checklist) and every item not
     * yet satisfied.
     */
    List<String> missingWith(List<String> named) {
        if (!named.stream().allMatch(this::has)) {
            throw InvalidInputException.of("missing", "verification.missing-unknown");
        }
        Set<String> missing = new LinkedHashSet<>(named);
        missing.addAll(unsatisfied());
        return List.copyOf(missing);
    }

    public List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    /** The check of the item {@code code}; null while not checked. */
    public DocumentCheck checkOf(String code) {
        return checks.get(code);
    }

    public Map<String, DocumentCheck> checks() {
        return Map.copyOf(checks);
    }
}
