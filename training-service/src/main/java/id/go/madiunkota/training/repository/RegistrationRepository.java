package id.go.madiunkota.training.repository;

import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registrations. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    private static final List<RegistrationStatus> PLACE_HOLDERS = List.of(RegistrationStatus.PENDING_DECREE,
            RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED, RegistrationStatus.COMPLETED);

    /** How many places of the session are taken. */
    public long placesTaken(UUID sessionId) {
        return count("sessionId = ?1 and status in ?2", sessionId, PLACE_HOLDERS);
    }

    /** The next queue number of the session (its registrations are numbered in arrival order). */
    public int nextQueueNumber(UUID sessionId) {
        Integer max = getEntityManager()
                .createQuery("select max(r.queueNumber) from Registration r where r.sessionId = ?1", Integer.class)
                .setParameter(1, sessionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * The registration of the person with identity hash {@code identityHash} (NIP's for an official, else NIK's) that
     * holds a place of the session or waits for one; empty when there is none or the hash is null.
     */
    public Optional<Registration> ofPerson(UUID sessionId, String identityHash) {
        if (identityHash == null) {
            return Optional.empty();
        }
        return find("sessionId = ?1 and status <> ?2 and coalesce(participant.nipHash, participant.nikHash) = ?3",
                sessionId, RegistrationStatus.CANCELLED, identityHash).firstResultOptional();
    }

    /** Whether the person already holds a place of the session or waits for one. */
    public boolean holdsOrWaits(UUID sessionId, String identityHash) {
        return ofPerson(sessionId, identityHash).isPresent();
    }

    /** Where a waitlisted registration stands: 1 is promoted first. */
    public int waitlistPosition(UUID sessionId, int queueNumber) {
        return (int) count("sessionId = ?1 and status = ?2 and queueNumber <= ?3", sessionId,
                RegistrationStatus.WAITLISTED, queueNumber);
    }

    /** The first on the session's waitlist. */
    public Optional<Registration> firstWaiting(UUID sessionId) {
        return find("sessionId = ?1 and status = ?2", Sort.ascending("queueNumber"), sessionId,
                RegistrationStatus.WAITLISTED).firstResultOptional();
    }

    public PanacheQuery<Registration> ofSession(UUID sessionId, RegistrationStatus status, int page, int size) {
        Sort order = Sort.ascending("queueNumber");
        PanacheQuery<Registration> query = status == null ? find("sessionId", order, sessionId)
                : find("sessionId = ?1 and status = ?2", order, sessionId, status);
        return query.page(Page.of(page, size));
    }

    /** How many wait for a place of the session. */
    public long waitlisted(UUID sessionId) {
        return count("sessionId = ?1 and status = ?2", sessionId, RegistrationStatus.WAITLISTED);
    }

    /** One page of the attendance list (daftar hadir) of a session, in signing order. */
    public PanacheQuery<Registration> attendanceOf(UUID sessionId, int page, int size) {
        return find("sessionId = ?1 and attendedAt is not null", Sort.ascending("attendedAt", "queueNumber"),
                sessionId).page(Page.of(page, size));
    }

    public List<Registration> active(UUID sessionId, Collection<RegistrationStatus> statuses) {
        return list("sessionId = ?1 and status in ?2", Sort.ascending("queueNumber"), sessionId, statuses);
    }

    /** Completed registrations not yet understood that still wait for a session of {@code audience}. */
    public List<Registration> repeatsWaiting(Audience audience) {
        return list("participant.type = ?1 and understood = false and repeatRegistrationId is null",
                Sort.ascending("completedAt", "id"), audience);
    }

    /** Earlier completions of the same participant (by provider id or NIP hash) and audience. */
    public long earlierCompletions(Audience type, UUID providerId, String nipHash) {
        if (providerId != null) {
            return count("participant.type = ?1 and participant.providerId = ?2 and status = ?3", type, providerId,
                    RegistrationStatus.COMPLETED);
        }
        if (nipHash != null) {
            return count("participant.type = ?1 and participant.nipHash = ?2 and status = ?3", type, nipHash,
                    RegistrationStatus.COMPLETED);
        }
        return 0;
    }

    public List<Registration> ofSessions(Collection<UUID> sessionIds) {
        return sessionIds.isEmpty() ? List.of() : list("sessionId in ?1", sessionIds);
    }

    /** The registration whose certificate carries {@code code}. */
    public Optional<Registration> withCertificate(String code) {
        return find("certificateCode", code).firstResultOptional();
    }
}
