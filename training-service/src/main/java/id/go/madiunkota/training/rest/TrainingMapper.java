package id.go.madiunkota.training.rest;

import id.go.madiunkota.training.api.InvitationView;
import id.go.madiunkota.training.api.RegistrationView;
import id.go.madiunkota.training.api.SessionView;
import id.go.madiunkota.training.entity.Actor;
import id.go.madiunkota.training.entity.Decree;
import id.go.madiunkota.training.entity.Invitation;
import id.go.madiunkota.training.entity.Participant;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.service.PlacedRegistration;
import id.go.madiunkota.training.service.SessionOverview;

/** Sessions, registrations and invitations to their answers. */
final class TrainingMapper {

    private TrainingMapper() {
    }

    static SessionView toView(SessionOverview overview) {
        TrainingSession s = overview.session();
        return new SessionView(s.id(), s.title(), s.audience().name(), s.date(), s.startsAt(), s.endsAt(), s.room(),
                s.capacity(), s.trainer(), s.status().name(), overview.placesLeft(), overview.waitlisted(),
                s.cancelReason(), overview.calendarProvisional(), Actor.nameOf(s.scheduledBy()),
                Actor.nameOf(s.cancelledBy()));
    }

    static RegistrationView toView(PlacedRegistration placed) {
        Registration r = placed.registration();
        Participant p = r.participant();
        Decree d = r.decree();
        return new RegistrationView(r.id(), r.sessionId(), r.status().name(), placed.waitlistPosition(), r.attempt(),
                new RegistrationView.ParticipantView(p.name(), p.type().name(), p.organization(), p.nip(),
                        p.nikMasked(), p.providerId(), p.phone(), p.email()),
                r.guestBookSignedAt(), d == null ? null
                        : new RegistrationView.DecreeView(d.number(), d.date(), d.isChecked(), d.checkedAt(),
                                Actor.nameOf(d.checkedBy())),
                r.registeredAt(), r.attendedAt(), r.completedAt(), r.understood(), r.previousRegistrationId(),
                r.repeatRegistrationId(), r.cancelReason(), Actor.nameOf(r.registeredBy()),
                Actor.nameOf(r.attendanceRecordedBy()), Actor.nameOf(r.cancelledBy()));
    }

    static InvitationView toView(Invitation i) {
        return new InvitationView(i.id(), i.providerId(), i.verificationId(), i.companyName(), i.businessForm(),
                i.activatedAt(), i.status().name(), i.sessionId(), i.sessionDate(), i.invitedAt());
    }
}
