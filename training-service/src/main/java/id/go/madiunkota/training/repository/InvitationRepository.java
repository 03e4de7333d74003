package id.go.madiunkota.training.repository;

import id.go.madiunkota.training.entity.Invitation;
import id.go.madiunkota.training.entity.InvitationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invitations of newly activated providers. */
@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public Optional<Invitation> ofProvider(UUID providerId) {
        return find("providerId", providerId).firstResultOptional();
    }

    public List<Invitation> waiting() {
        return list("status", Sort.ascending("activatedAt", "id"), InvitationStatus.WAITING_FOR_SESSION);
    }

    public List<Invitation> toSession(UUID sessionId) {
        return list("sessionId", Sort.ascending("activatedAt", "id"), sessionId);
    }

    public PanacheQuery<Invitation> page(InvitationStatus status, UUID providerId, int page, int size) {
        Sort newest = Sort.descending("activatedAt", "id");
        PanacheQuery<Invitation> query;
        if (providerId != null) {
            query = find("providerId", newest, providerId);
        } else if (status != null) {
            query = find("status", newest, status);
        } else {
            query = findAll(newest);
        }
        return query.page(Page.of(page, size));
    }
}
