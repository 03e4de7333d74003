package id.go.madiunkota.helpdesk.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the consultation topic catalogue. */
@Schema(name = "Topic")
public record TopicView(@Schema(example = "E_CATALOGUE") String code, @Schema(example = "E-katalog") String label) {
}
