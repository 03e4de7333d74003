package id.go.madiunkota.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Moves the running clock from the management interface, only with {@code madiun.clock.movable=true} (an end-to-end
 * run): {@code GET /clock} says the time, {@code PUT /clock {"at": "2026-12-22T09:30:00+07:00"}} moves it (it runs on
 * from there), {@code DELETE /clock} puts it back. The gateway never routes to the management port.
 */
@ApplicationScoped
public class ClockControl {

    private static final Logger LOG = Logger.getLogger(ClockControl.class);
    private static final String PATH = "/clock";

    private final RunningClock clock;
    private final ClockConfig config;
    private final ObjectMapper json;

    public ClockControl(RunningClock clock, ClockConfig config, ObjectMapper json) {
        this.clock = clock;
        this.config = config;
        this.json = json;
    }

    void routes(@Observes ManagementInterface management) {
        if (!config.movable()) {
            return;
        }
        LOG.warn("madiun.clock.movable is set: the management interface may move this application's clock. "
                + "For end-to-end test runs only.");
        management.router().get(PATH).handler(this::now);
        management.router().put(PATH).handler(BodyHandler.create().setBodyLimit(1024)).handler(this::move);
        management.router().delete(PATH).handler(context -> {
            clock.reset();
            LOG.info("Clock put back");
            now(context);
        });
    }

    private void move(RoutingContext context) {
        OffsetDateTime at;
        try {
            JsonNode body = json.readTree(context.body().asString());
            at = OffsetDateTime.parse(body.path("at").asText());
        } catch (Exception e) {
            answer(context, 400, Map.of("title", "Bad clock move", "detail",
                    "Send {\"at\": \"<ISO offset date-time>\"}, e.g. 2026-12-22T09:30:00+07:00"));
            return;
        }
        clock.moveTo(at);
        LOG.infof("Clock moved to %s", at);
        now(context);
    }

    private void now(RoutingContext context) {
        answer(context, 200, Map.of("now", OffsetDateTime.now(clock).toString()));
    }

    private void answer(RoutingContext context, int status, Map<String, String> body) {
        try {
            context.response().setStatusCode(status)
                    .putHeader("Content-Type", status == 200 ? "application/json" : "application/problem+json")
                    .end(json.writeValueAsString(body));
        } catch (Exception e) {
            context.fail(e);
        }
    }
}
