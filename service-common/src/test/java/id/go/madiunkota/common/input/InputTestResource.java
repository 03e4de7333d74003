package id.go.madiunkota.common.input;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Endpoints that echo what they read, to see what hostile input gets through. Tests only. */
@Path("/input-test")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class InputTestResource {

    /** A colour, to read an enum. */
    public enum Colour { RED, GREEN }

    /** A body with a field of every kind the services read. */
    public record Sample(@NotBlank String name, Integer count, LocalDate day, OffsetDateTime at, Instant instant,
            LocalDateTime local, Colour colour, @Valid Inner inner, List<String> tags, Object extra) {
    }

    /** A nested object. */
    public record Inner(@NotNull String label, Integer size) {
    }

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sample echo(@Valid @NotNull Sample body) {
        return body;
    }

    @GET
    @Path("/items/{code}")
    public Map<String, Object> item(@PathParam("code") String code, @QueryParam("q") String q,
            @QueryParam("day") LocalDate day, @QueryParam("at") OffsetDateTime at,
            @QueryParam("colour") Colour colour, @QueryParam("n") @jakarta.ws.rs.DefaultValue("0") int n,
            @QueryParam("m") Integer m) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("code", code);
        echo.put("q", q);
        echo.put("day", day == null ? null : day.toString());
        echo.put("at", at == null ? null : at.toString());
        echo.put("colour", colour);
        echo.put("n", n);
        echo.put("m", m);
        return echo;
    }

    @GET
    @Path("/days/{day}")
    public Map<String, String> day(@PathParam("day") LocalDate day) {
        return Map.of("day", day.toString());
    }
}
