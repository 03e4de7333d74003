package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.privacy.AuditorMask;
import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import id.go.madiunkota.helpdesk.entity.Staff;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which complaints a staff member handles, by the service they concern: the helpdesk agent (who receives complaints
 * for the whole office) all of them; each service's supervisors their own service's: ppid-officer and ppid-superior
 * PPID, verifier VERIFICATION, trainer TRAINING. The auditor reads all of them (read-only, contact data masked); the
 * admin, who configures but does not read registers of people, none.
 */
public record ComplaintScope(Staff member, Set<ServiceConcerned> services) {

    /** Roles that may read and answer complaints (the union of the rule above). */
    public static final String[] STAFF_ROLES = {"helpdesk-agent", "ppid-officer", "ppid-superior", "verifier",
        "trainer"};

    /** The complaints the caller may read: those it answers, and every one for the auditor. */
    public static ComplaintScope forReading(SecurityIdentity identity) {
        ComplaintScope scope = of(identity);
        if (identity.hasRole(AuditorMask.AUDITOR)) {
            scope.services().addAll(EnumSet.allOf(ServiceConcerned.class));
        }
        return scope;
    }

    /** The complaints the caller may answer. */
    public static ComplaintScope of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new ComplaintScope(null, EnumSet.noneOf(ServiceConcerned.class));
        }
        Set<ServiceConcerned> services = EnumSet.noneOf(ServiceConcerned.class);
        if (identity.hasRole("helpdesk-agent")) {
            services.addAll(EnumSet.allOf(ServiceConcerned.class));
        }
        if (identity.hasRole("ppid-officer") || identity.hasRole("ppid-superior")) {
            services.add(ServiceConcerned.PPID);
        }
        if (identity.hasRole("verifier")) {
            services.add(ServiceConcerned.VERIFICATION);
        }
        if (identity.hasRole("trainer")) {
            services.add(ServiceConcerned.TRAINING);
        }
        String name = identity.getPrincipal().getName();
        return new ComplaintScope(new Staff(name, name), services);
    }

    /** Staff of any complaint-handling role. */
    public boolean staff() {
        return !services.isEmpty();
    }

    public boolean covers(ServiceConcerned service) {
        return services.contains(service);
    }
}
