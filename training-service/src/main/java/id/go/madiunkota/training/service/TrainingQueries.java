package id.go.madiunkota.training.service;

import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.Invitation;
import id.go.madiunkota.training.entity.InvitationStatus;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.InvitationRepository;
import id.go.madiunkota.training.repository.RegistrationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Read models: the public schedule with its figures, a session's registrations and attendance list with their queue
 * positions, the invitations.
 */
@ApplicationScoped
public class TrainingQueries {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final InvitationRepository invitations;
    private final WorkingDays workingDays;

    public TrainingQueries(SessionRepository sessions, RegistrationRepository registrations,
            InvitationRepository invitations, WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.sessions = sessions;
        this.registrations = registrations;
        this.invitations = invitations;
    }

    @Transactional
    public PageView<SessionOverview> schedule(LocalDate from, LocalDate to, Audience audience, int page, int size) {
        PanacheQuery<TrainingSession> query = sessions.schedule(from, to, audience, page, size);
        return new PageView<>(query.list().stream().map(this::overview).toList(), page, size, query.count());
    }

    @Transactional
    public SessionOverview overview(TrainingSession session) {
        return new SessionOverview(session, registrations.placesTaken(session.id()),
                registrations.waitlisted(session.id()), workingDays.provisional(session.date().getYear()));
    }

    @Transactional
    public PageView<PlacedRegistration> registrations(UUID sessionId, RegistrationStatus status, int page,
            int size) {
        PanacheQuery<Registration> query = registrations.ofSession(sessionId, status, page, size);
        return new PageView<>(query.list().stream().map(this::placed).toList(), page, size, query.count());
    }

    /** The attendance list (daftar hadir) of a session, in signing order. */
    @Transactional
    public PageView<PlacedRegistration> attendance(UUID sessionId, int page, int size) {
        PanacheQuery<Registration> query = registrations.attendanceOf(sessionId, page, size);
        return new PageView<>(query.list().stream().map(this::placed).toList(), page, size, query.count());
    }

    @Transactional
    public PlacedRegistration placed(Registration registration) {
        Integer position = registration.status() == RegistrationStatus.WAITLISTED
                ? registrations.waitlistPosition(registration.sessionId(), registration.queueNumber()) : null;
        return new PlacedRegistration(registration, position);
    }

    @Transactional
    public PageView<Invitation> invitations(InvitationStatus status, UUID providerId, int page, int size) {
        PanacheQuery<Invitation> query = invitations.page(status, providerId, page, size);
        return new PageView<>(query.list(), page, size, query.count());
    }
}
