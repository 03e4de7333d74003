package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.helpdesk.entity.Complaint;
import id.go.madiunkota.helpdesk.entity.Staff;
import id.go.madiunkota.helpdesk.api.ComplaintReceipt;
import id.go.madiunkota.helpdesk.api.ComplaintTrackingView;
import id.go.madiunkota.helpdesk.api.ComplaintView;

/** Complaints to their views: staff's (with contact), the receipt, and the public tracking one (no personal data). */
final class ComplaintMapper {

    private ComplaintMapper() {
    }

    static ComplaintView toView(Complaint c) {
        return new ComplaintView(c.id(), c.trackingCode(), c.kind().name(), c.channel().name(), c.service().name(),
                c.status().name(), new ComplaintView.ComplainantView(c.complainantName(), c.complainantPhone(),
                        c.complainantEmail()),
                c.content(), c.receivedAt(), name(c.recordedBy()), c.answer(), name(c.answeredBy()), c.answeredAt());
    }

    static ComplaintReceipt toReceipt(Complaint c) {
        return new ComplaintReceipt(c.id(), c.trackingCode(), c.kind().name(), c.channel().name(), c.service().name(),
                c.status().name(), c.receivedAt());
    }

    static ComplaintTrackingView toTracking(Complaint c) {
        return new ComplaintTrackingView(c.trackingCode(), c.kind().name(), c.service().name(), c.status().name(),
                c.receivedAt(), c.answer(), c.answeredAt());
    }

    /** The display name of who acted; null when nobody did (a web-form complaint has no recorder). */
    private static String name(Staff staff) {
        return staff == null ? null : staff.name();
    }
}
