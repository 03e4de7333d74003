package id.go.madiunkota.ppid.mapping;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.ppid.entity.Applicant;
import id.go.madiunkota.ppid.entity.Decision;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.rest.RequestView;
import id.go.madiunkota.ppid.rest.TrackingView;
import id.go.madiunkota.ppid.service.DeadlinePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Requests to their views: the full one for staff and the owner (NIK masked), the tracking one for anyone. */
@ApplicationScoped
public class RequestMapper {

    /** Working days left at which a request counts as due soon. */
    static final int DUE_SOON_WORKING_DAYS = 2;

    private final DeadlinePolicy deadlines;
    private final Clock clock;

    public RequestMapper(DeadlinePolicy deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public RequestView toView(InformationRequest request) {
        LocalDate today = LocalDate.now(clock);
        boolean open = request.status().awaitingDecision();
        LocalDate due = request.deadline().dueDate();
        boolean overdue = open && today.isAfter(due);
        boolean dueSoon = open && !overdue && deadlines.workingDaysLeft(due, today) <= DUE_SOON_WORKING_DAYS;
        return new RequestView(request.id(), request.registrationNumber(), request.trackingCode(),
                request.status().name(), request.channel().name(), applicant(request.applicant()),
                request.information().details(), request.information().purpose(),
                name(request.information().obtainMethod()), name(request.information().copyFormat()),
                name(request.information().deliveryMethod()), request.deadline().receivedAt(),
                request.deadline().receivedOn(), due, dueSoon, overdue, request.deadline().calendarVersion(),
                request.deadline().extendedOn(), request.deadline().extensionReason(), decision(request.decision()),
                request.deliveredAt(), name(request.deliveredByMethod()),
                deadlines.provisional(request.deadline().receivedOn(), due));
    }

    public TrackingView toTracking(InformationRequest request, TrackingView.ObjectionStatus objection) {
        LocalDate today = LocalDate.now(clock);
        Decision decision = request.decision();
        return new TrackingView(request.registrationNumber(), request.status().name(),
                request.deadline().receivedOn(), request.deadline().dueDate(),
                request.status().awaitingDecision() && today.isAfter(request.deadline().dueDate()),
                request.deadline().extendedOn(), name(decision.outcome()),
                decision.exemptionGrounds().stream().map(Enum::name).toList(), decision.decidedOn(),
                request.deliveredAt() == null ? null : LocalDate.ofInstant(request.deliveredAt(), clock.getZone()),
                objection, deadlines.provisional(request.deadline().receivedOn(), request.deadline().dueDate()));
    }

    public static RequestView.GroundView ground(ExemptionGround ground) {
        return new RequestView.GroundView(ground.name(), ground.article(), ground.text());
    }

    private static RequestView.ApplicantView applicant(Applicant a) {
        return new RequestView.ApplicantView(a.type().name(), a.name(), a.nik() == null ? null : new Nik(a.nik()).masked(),
                a.legalEntityNumber(), a.occupation(), a.email(), a.phone() != null, a.representativeName());
    }

    private static RequestView.DecisionView decision(Decision d) {
        if (d.outcome() == null) {
            return null;
        }
        List<RequestView.GroundView> grounds = d.exemptionGrounds().stream().map(RequestMapper::ground).toList();
        return new RequestView.DecisionView(d.outcome().name(), grounds, d.consequenceTest(), d.withheldParts(),
                d.heldBy(), d.holderUnknown(), name(d.copyFormat()), d.note(), d.decidedOn(), d.cost());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
