package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which complaints a staff member handles, by the service they concern: the helpdesk agent (who receives complaints
 * for the whole office) and the admin all of them; each service's supervisors their own service's: ppid-officer and
 * ppid-superior PPID, verifier VERIFICATION, trainer TRAINING.
 */
public record ComplaintScope(String login, Set<ServiceConcerned> services) {

    /** Roles that may read and answer complaints (the union of the rule above). */
    public static final String[] STAFF_ROLES = {"helpdesk-agent", "admin", "ppid-officer", "ppid-superior", "verifier",
        "trainer"};

    public static ComplaintScope of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new ComplaintScope(null, EnumSet.noneOf(ServiceConcerned.class));
        }
        Set<ServiceConcerned> services = EnumSet.noneOf(ServiceConcerned.class);
        if (identity.hasRole("helpdesk-agent") || identity.hasRole("admin")) {
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
        return new ComplaintScope(identity.getPrincipal().getName(), services);
    }

    /** Staff of any complaint-handling role. */
    public boolean staff() {
        return !services.isEmpty();
    }

    public boolean covers(ServiceConcerned service) {
        return services.contains(service);
    }
}
