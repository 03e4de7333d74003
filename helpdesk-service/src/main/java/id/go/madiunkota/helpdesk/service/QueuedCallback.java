package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.Consultation;

/**
 * A callback in the agent's queue, read at one instant: the task, its consultation (who to call, about what), and
 * whether it is due and overdue then.
 */
public record QueuedCallback(Callback callback, Consultation consultation, boolean due, boolean overdue) {
}
