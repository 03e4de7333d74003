package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import id.go.madiunkota.helpdesk.entity.Staff;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which complaints a staff member handles, by the service they concern: the helpdesk agent (who receives complaints
 * for the whole office) all of them; each service's supervisors their own service's: ppid-officer and ppid-superior
 * PPID, verifier VERIFICATION, trainer TRAINING. The auditor reads all of them (read-only, contact data masked); the
 * admin, who configures but does not read registers of people, none.
 *
 * @param member the staff member as records name them (subject and display name); null when anonymous
 * @param services the services whose complaints the caller handles (or reads, for {@link #forReading})
 */
public record ComplaintScope(Staff member, Set<ServiceConcerned> services) {

    /** Roles that may read and answer complaints (the union of the rule above). */
    public static final String[] STAFF_ROLES = {Roles.HELPDESK_AGENT, Roles.PPID_OFFICER, Roles.PPID_SUPERIOR,
        Roles.VERIFIER, Roles.TRAINER};

    /** The complaints the caller may read: those it answers, and every one for the auditor. */
    public static ComplaintScope forReading(Caller caller) {
        ComplaintScope scope = of(caller);
        if (caller.has(Roles.AUDITOR)) {
            scope.services().addAll(EnumSet.allOf(ServiceConcerned.class));
        }
        return scope;
    }

    /** The complaints the caller may answer. */
    public static ComplaintScope of(Caller caller) {
        if (caller.anonymous()) {
            return new ComplaintScope(null, EnumSet.noneOf(ServiceConcerned.class));
        }
        Set<ServiceConcerned> services = EnumSet.noneOf(ServiceConcerned.class);
        if (caller.has(Roles.HELPDESK_AGENT)) {
            services.addAll(EnumSet.allOf(ServiceConcerned.class));
        }
        if (caller.hasAny(Roles.PPID_OFFICER, Roles.PPID_SUPERIOR)) {
            services.add(ServiceConcerned.PPID);
        }
        if (caller.has(Roles.VERIFIER)) {
            services.add(ServiceConcerned.VERIFICATION);
        }
        if (caller.has(Roles.TRAINER)) {
            services.add(ServiceConcerned.TRAINING);
        }
        return new ComplaintScope(new Staff(caller.subject(), caller.displayName()), services);
    }

    /** Staff of any complaint-handling role. */
    public boolean staff() {
        return !services.isEmpty();
    }

    public boolean covers(ServiceConcerned service) {
        return services.contains(service);
    }
}
