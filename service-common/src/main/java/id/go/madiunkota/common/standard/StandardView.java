package id.go.madiunkota.common.standard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published version of the service standard as shown to anyone. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ServiceStandard")
public record StandardView(
        @Schema(example = "PPID") String service,
        @Schema(example = "1") int version,
        @Schema(example = "Pelayanan Informasi Publik") String title,
        String decreeNumber,
        LocalDate effectiveDate,
        String source,
        List<StandardComponent> components,
        Map<String, Integer> targets,
        Instant publishedAt) {

    static StandardView of(String service, ServiceStandard standard) {
        StandardContent content = standard.content();
        return new StandardView(service, standard.version(), content.title(), content.decreeNumber(),
                content.effectiveDate(), content.source(), content.components(), content.targets(),
                standard.publishedAt());
    }
}
