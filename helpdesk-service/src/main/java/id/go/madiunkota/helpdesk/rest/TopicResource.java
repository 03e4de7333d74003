package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.helpdesk.api.TopicView;
import id.go.madiunkota.helpdesk.entity.Topic;
import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "The catalogue of consultation topics, labelled in the language of Accept-Language",
            description = "`{items, page, size, total}` in catalogue order; the whole catalogue fits on the first page "
                    + "of the default size.")
    @APIResponse(responseCode = "200", description = "One page of the catalogue (TopicView items)",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<TopicView> topics(@Parameter(description = "id (default) or en") @HeaderParam("Accept-Language")
            String language, @Context HttpHeaders headers, @BeanParam PageParams paging) {
        Locale locale = messages.localeOf(headers);
        return PageView.slice(Arrays.stream(Topic.values())
                .map(t -> new TopicView(t.name(), messages.text(locale, "enum.Topic." + t.name()))).toList(), paging);
    }
}
