package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.entity.Actor;

/** What PPID's rules need to know of a {@link Caller}: staff or not, an officer, the owner, and who acted. */
public final class Access {

    private Access() {
    }

    /** PPID staff and auditors see every request and objection. */
    public static boolean staff(Caller caller) {
        return caller.hasAny(Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR);
    }

    /** A PPID officer records and handles requests, also on an applicant's behalf. */
    public static boolean officer(Caller caller) {
        return caller.has(Roles.PPID_OFFICER);
    }

    public static boolean citizen(Caller caller) {
        return caller.has(Roles.CITIZEN);
    }

    /** Whether the caller is the citizen who owns a request owned by {@code ownerSubject}. */
    public static boolean owns(Caller caller, String ownerSubject) {
        return caller.subject() != null && caller.subject().equals(ownerSubject);
    }

    /** The caller as a record keeps who acted (subject and display name); null for an anonymous caller. */
    public static Actor actor(Caller caller) {
        return caller.anonymous() ? null : new Actor(caller.subject(), caller.displayName());
    }
}
