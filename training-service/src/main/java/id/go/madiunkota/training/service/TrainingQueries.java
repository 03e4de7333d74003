package id.go.madiunkota.training.service;

import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.InvitationStatus;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.mapping.TrainingMapper;
import id.go.madiunkota.training.repository.InvitationRepository;
import id.go.madiunkota.training.repository.RegistrationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import id.go.madiunkota.training.rest.InvitationView;
import id.go.madiunkota.training.rest.RegistrationView;
import id.go.madiunkota.training.rest.SessionView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Read-only views: the public schedule, a session's registrations and attendance list, the invitations. */
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
    public PageView<SessionView> schedule(LocalDate from, LocalDate to, Audience audience, int page, int size) {
        PanacheQuery<TrainingSession> query = sessions.schedule(from, to, audience, page, size);
        return new PageView<>(query.list().stream().map(this::view).toList(), page, size, query.count());
    }

    @Transactional
    public SessionView session(TrainingSession session) {
        return view(session);
    }

    @Transactional
    public PageView<RegistrationView> registrations(UUID sessionId, RegistrationStatus status, int page, int size) {
        PanacheQuery<Registration> query = registrations.ofSession(sessionId, status, page, size);
        return new PageView<>(query.list().stream().map(this::view).toList(), page, size, query.count());
    }

    @Transactional
    public List<RegistrationView> attendance(UUID sessionId) {
        return registrations.attendanceOf(sessionId).stream().map(this::view).toList();
    }

    @Transactional
    public RegistrationView view(Registration registration) {
        Integer position = registration.status() == RegistrationStatus.WAITLISTED
                ? registrations.waitlistPosition(registration.sessionId(), registration.queueNumber()) : null;
        return TrainingMapper.toView(registration, position);
    }

    @Transactional
    public PageView<InvitationView> invitations(InvitationStatus status, UUID providerId, int page, int size) {
        var query = invitations.page(status, providerId, page, size);
        return new PageView<>(query.list().stream().map(TrainingMapper::toView).toList(), page, size, query.count());
    }

    private SessionView view(TrainingSession session) {
        long waitlisted = registrations.count("sessionId = ?1 and status = ?2", session.id(),
                RegistrationStatus.WAITLISTED);
        return TrainingMapper.toView(session, registrations.placesTaken(session.id()), waitlisted,
                workingDays.provisional(session.date().getYear()));
    }
}
