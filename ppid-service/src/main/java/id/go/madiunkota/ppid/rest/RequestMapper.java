package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.ppid.api.RequestView;
import id.go.madiunkota.ppid.api.TrackingView;
import id.go.madiunkota.ppid.entity.Applicant;
import id.go.madiunkota.ppid.entity.Decision;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.service.RequestReading;
import id.go.madiunkota.ppid.service.RequestTracking;
import java.util.List;

/** Requests to their views: the full one for staff and the owner (NIK masked), the tracking one for anyone. */
final class RequestMapper {

    private RequestMapper() {
    }

    static RequestView toView(RequestReading reading) {
        InformationRequest request = reading.request();
        return new RequestView(request.id(), request.registrationNumber(), request.trackingCode(),
                request.status().name(), request.channel().name(), applicant(request.applicant()),
                request.information().details(), request.information().purpose(),
                name(request.information().obtainMethod()), name(request.information().copyFormat()),
                name(request.information().deliveryMethod()), request.deadline().receivedAt(),
                request.deadline().receivedOn(), request.deadline().dueDate(), reading.dueSoon(), reading.overdue(),
                request.deadline().calendarVersion(), request.deadline().extendedOn(),
                request.deadline().extensionReason(), decision(request.decision()), request.deliveredAt(),
                name(request.deliveredByMethod()), reading.calendarProvisional(), request.recordedByName(),
                request.deadline().extendedByName());
    }

    static TrackingView toTracking(RequestTracking tracking) {
        RequestReading reading = tracking.reading();
        InformationRequest request = reading.request();
        Decision decision = request.decision();
        return new TrackingView(request.id(), request.registrationNumber(), request.status().name(),
                request.deadline().receivedOn(), request.deadline().dueDate(), reading.overdue(),
                request.deadline().extendedOn(), name(decision.outcome()),
                decision.exemptionGrounds().stream().map(Enum::name).toList(), decision.decidedOn(),
                reading.deliveredOn(), tracking.objectionDueDate(), tracking.latestObjection() == null ? null
                        : ObjectionMapper.toTracking(tracking.latestObjection()),
                reading.calendarProvisional());
    }

    static RequestView.GroundView ground(ExemptionGround ground) {
        return new RequestView.GroundView(ground.name(), ground.article(), ground.text());
    }

    private static RequestView.ApplicantView applicant(Applicant a) {
        return new RequestView.ApplicantView(a.type().name(), a.name(),
                a.nik() == null ? null : new Nik(a.nik()).masked(), a.legalEntityNumber(), a.occupation(), a.email(),
                a.phone() != null, a.representativeName());
    }

    private static RequestView.DecisionView decision(Decision d) {
        if (d.outcome() == null) {
            return null;
        }
        List<RequestView.GroundView> grounds = d.exemptionGrounds().stream().map(RequestMapper::ground).toList();
        return new RequestView.DecisionView(d.outcome().name(), grounds, d.consequenceTest(), d.withheldParts(),
                d.heldBy(), d.holderUnknown(), name(d.copyFormat()), d.note(), d.decidedOn(), d.cost(),
                d.decidedByName());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
