package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.ConsultationTiming;
import id.go.madiunkota.helpdesk.entity.Escalation;
import java.util.List;

/**
 * A consultation as read at one instant inside its transaction: the consultation, its escalations (read then, so the
 * answer can be written after the transaction), and its timing against the standard in force.
 */
public record TimedConsultation(Consultation consultation, List<Escalation> escalations, ConsultationTiming timing) {
}
