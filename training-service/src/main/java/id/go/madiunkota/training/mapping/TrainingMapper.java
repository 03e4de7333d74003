package id.go.madiunkota.training.mapping;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.training.entity.Decree;
import id.go.madiunkota.training.entity.Invitation;
import id.go.madiunkota.training.entity.Participant;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.rest.InvitationView;
import id.go.madiunkota.training.rest.RegistrationView;
import id.go.madiunkota.training.rest.SessionView;

/** Sessions, registrations and invitations to their views. */
public final class TrainingMapper {

    private TrainingMapper() {
    }

    public static SessionView toView(TrainingSession s, long placesTaken, long waitlisted,
            boolean calendarProvisional) {
        return new SessionView(s.id(), s.title(), s.audience().name(), s.date(), s.startsAt(), s.endsAt(), s.room(),
                s.capacity(), s.trainer(), s.status().name(), Math.max(0, s.capacity() - placesTaken), waitlisted,
                s.cancelReason(), calendarProvisional);
    }

    public static RegistrationView toView(Registration r, Integer waitlistPosition) {
        Participant p = r.participant();
        Decree d = r.decree();
        return new RegistrationView(r.id(), r.sessionId(), r.status().name(), waitlistPosition, r.attempt(),
                new RegistrationView.ParticipantView(p.name(), p.type().name(), p.organization(), p.nip(),
                        p.nik() == null ? null : new Nik(p.nik()).masked(), p.providerId(), p.phone(), p.email()),
                r.guestBookSignedAt(), d == null ? null
                        : new RegistrationView.DecreeView(d.number(), d.date(), d.isChecked(), d.checkedAt()),
                r.registeredAt(), r.attendedAt(), r.completedAt(), r.understood(), r.previousRegistrationId(),
                r.repeatRegistrationId(), r.cancelReason());
    }

    public static InvitationView toView(Invitation i) {
        return new InvitationView(i.id(), i.providerId(), i.verificationId(), i.companyName(), i.businessForm(),
                i.activatedAt(), i.status().name(), i.sessionId(), i.sessionDate(), i.invitedAt());
    }
}
