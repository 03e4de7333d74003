package id.go.madiunkota.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * A service's current standard as the gateway's {@code GET /api/{service}/standard} answers it (the services'
 * {@code StandardView}); only what the pages show.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Standard(
        String service,
        int version,
        String title,
        String decreeNumber,
        LocalDate effectiveDate,
        String source,
        List<Component> components) {

    /** One of the 14 components (UU 25/2009 Pasal 21). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(int number, String code, String name, String content, Boolean derived, String note) {
    }

    /** The text of the component with this code, or null. */
    public String content(String code) {
        if (components == null) {
            return null;
        }
        return components.stream().filter(c -> code.equals(c.code())).map(Component::content).findFirst()
                .orElse(null);
    }
}
