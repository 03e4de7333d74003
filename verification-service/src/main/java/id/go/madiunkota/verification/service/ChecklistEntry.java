package id.go.madiunkota.verification.service;

import id.go.madiunkota.verification.entity.ChecklistVersion;

/** A checklist version as read: whether it is the one in force today. */
public record ChecklistEntry(ChecklistVersion version, boolean current) {
}
