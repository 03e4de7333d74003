package id.go.madiunkota.common.security;

import io.quarkus.arc.Unremovable;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Says who calls, as a resource sees it through {@code @Inject Caller}. Tests only. */
@Path("/caller-test")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RequestScoped
public class CallerTestResource {

    @Inject
    Caller caller;

    @Inject
    PerRequestLookup lookup;

    @GET
    public Map<String, Object> whoAmI() {
        return describe(caller);
    }

    @GET
    @Path("/looked-up")
    public Map<String, Object> lookedUp() {
        return describe(lookup.caller());
    }

    static Map<String, Object> describe(Caller caller) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("subject", caller.subject());
        answer.put("displayName", caller.displayName());
        answer.put("roles", new TreeSet<>(caller.roles()));
        answer.put("anonymous", caller.anonymous());
        return answer;
    }

    /** An application-wide bean that looks the caller up per request: allowed. */
    @Singleton
    public static class PerRequestLookup {

        @Inject
        Instance<Caller> callers;

        Caller caller() {
            return callers.get();
        }
    }

    /** An application-wide bean that would keep the first caller for ever: refused when it is made. */
    @Singleton
    @Unremovable
    public static class KeepsTheFirstCaller {

        @Inject
        Caller caller;
    }
}
