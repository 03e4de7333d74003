package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.helpdesk.api.TopicView;
import id.go.madiunkota.helpdesk.entity.Topic;
import id.go.madiunkota.common.problem.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of consultation topics, public so that forms and dashboards can label them. */
@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations")
public class TopicResource {

    private final Messages messages;

    public TopicResource(Messages messages) {
        this.messages = messages;
    }

    @GET
    @PermitAll
    @Operation(summary = "The catalogue of consultation topics, labelled in the language of Accept-Language")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(implementation = TopicView.class, type = SchemaType.ARRAY)))
    public List<TopicView> topics(@Parameter(description = "id (default) or en") @HeaderParam("Accept-Language")
            String language, @Context HttpHeaders headers) {
        Locale locale = messages.localeOf(headers);
        return Arrays.stream(Topic.values())
                .map(t -> new TopicView(t.name(), messages.text(locale, "enum.Topic." + t.name()))).toList();
    }
}
