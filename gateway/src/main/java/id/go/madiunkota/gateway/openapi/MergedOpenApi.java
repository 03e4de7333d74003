package id.go.madiunkota.gateway.openapi;

import id.go.madiunkota.gateway.config.GatewayConfig;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code GET /openapi}: the four services' OpenAPI documents merged into one, with the gateway as the server and
 * Keycloak's login (authorization code with PKCE, public client) as the security scheme the operations name. A service
 * that cannot be reached is left out and named in {@code x-unavailable-services}. Schemas that two services name
 * alike but define differently are kept apart by prefixing the second with its service's name.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final GatewayConfig config;
    private final String authServerUrl;
    private final HttpClient http = HttpClient.newBuilder()
            // plain HTTP/1.1: the default h2c upgrade attempt sometimes broke on the services (frame size errors)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    public MergedOpenApi(GatewayConfig config) {
        this.config = config;
        this.authServerUrl = config.publicAuthServerUrl();
    }

    void register(@Observes Router router) {
        router.get("/openapi").blockingHandler(this::serve, false);
    }

    void serve(RoutingContext ctx) {
        JsonObject merged = merge();
        ctx.response().putHeader("Content-Type", "application/json").end(merged.encodePrettily());
    }

    /** The merged document, built from the services' documents as they are now. */
    public JsonObject merge() {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonArray tags = new JsonArray();
        JsonArray unavailable = new JsonArray();
        for (Map.Entry<String, URI> service : config.services().entrySet()) {
            JsonObject document = fetch(service.getKey(), service.getValue());
            if (document == null) {
                unavailable.add(service.getKey());
                continue;
            }
            addService(service.getKey(), document, paths, schemas, tags);
        }
        JsonObject doc = new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject()
                        .put("title", "Layanan Publik Diskominfo Kota Madiun")
                        .put("version", "1.0.0")
                        .put("description", "PPID, LPSE helpdesk, provider verification and SPSE training, through "
                                + "the one gateway. Log in with Authorize (Keycloak, public client madiun-web)."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", schemas)
                        .put("securitySchemes", new JsonObject().put("bearer", securityScheme())));
        if (!unavailable.isEmpty()) {
            doc.put("x-unavailable-services", unavailable);
        }
        return doc;
    }

    private JsonObject securityScheme() {
        String base = authServerUrl + "/protocol/openid-connect";
        return new JsonObject()
                .put("type", "oauth2")
                .put("description", "Keycloak realm madiun; the token goes as Authorization: Bearer")
                .put("flows", new JsonObject().put("authorizationCode", new JsonObject()
                        .put("authorizationUrl", base + "/auth")
                        .put("tokenUrl", base + "/token")
                        .put("scopes", new JsonObject())));
    }

    private static void addService(String name, JsonObject document, JsonObject paths, JsonObject schemas,
            JsonArray tags) {
        JsonObject theirs = document.getJsonObject("components", new JsonObject())
                .getJsonObject("schemas", new JsonObject());
        String text = document.getJsonObject("paths", new JsonObject()).encode();
        JsonObject renamedSchemas = new JsonObject();
        for (String schema : theirs.fieldNames()) {
            JsonObject definition = theirs.getJsonObject(schema);
            String kept = schema;
            if (schemas.containsKey(schema) && !schemas.getJsonObject(schema).equals(definition)) {
                kept = Character.toUpperCase(name.charAt(0)) + name.substring(1) + schema;
            }
            renamedSchemas.put(schema, kept);
        }
        // Rewrite references to renamed schemas, in the paths and in the schemas themselves.
        String schemaText = theirs.encode();
        for (String schema : renamedSchemas.fieldNames()) {
            String kept = renamedSchemas.getString(schema);
            if (!kept.equals(schema)) {
                String from = "\"#/components/schemas/" + schema + "\"";
                String to = "\"#/components/schemas/" + kept + "\"";
                text = text.replace(from, to);
                schemaText = schemaText.replace(from, to);
            }
        }
        JsonObject rewritten = new JsonObject(schemaText);
        for (String schema : rewritten.fieldNames()) {
            schemas.put(renamedSchemas.getString(schema), rewritten.getValue(schema));
        }
        new JsonObject(text).forEach(path -> paths.put(path.getKey(), path.getValue()));
        document.getJsonArray("tags", new JsonArray())
                .forEach(tag -> tags.add(((JsonObject) tag).copy().put("x-service", name)));
    }

    private JsonObject fetch(String name, URI base) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return new JsonObject(response.body());
            }
            LOG.warnf("OpenAPI of %s answered %d", name, response.statusCode());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("OpenAPI of %s not available: %s", name, e.toString());
        }
        return null;
    }
}
