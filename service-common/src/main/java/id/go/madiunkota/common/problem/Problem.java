package id.go.madiunkota.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer in the form of RFC 9457 (application/problem+json), the one error shape of every service.
 *
 * @param type a URI naming the kind of problem, stable for clients to switch on
 * @param title a short human summary of the kind, in the caller's language
 * @param status the HTTP status
 * @param detail what went wrong this time, in the caller's language
 * @param instance the request path the problem happened on
 * @param errors the invalid fields, for validation problems only
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; the text follows Accept-Language (id or en)")
public record Problem(
        @Schema(example = "https://madiunkota.go.id/problems/validation") URI type,
        @Schema(example = "Data tidak valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Periksa kembali isian yang ditandai.") String detail,
        @Schema(example = "/api/ppid/requests") String instance,
        List<FieldError> errors) {

    /** Media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid input field.
     *
     * @param field the JSON path of the field, such as {@code applicant.nik}, or a query parameter name
     * @param message what is wrong with it, in the caller's language
     */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "applicant.nik") String field,
            @Schema(example = "tidak boleh kosong") String message) {
    }
}
