package id.go.madiunkota.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A letter or document passed from the gateway to the visitor's browser: the PDF (or scan) as the service made it,
 * with its file name, never cached, never sniffed; a file that does not exist (yet) for this visitor is the portal's
 * 404 page, as the service's 404 and 409 say.
 */
@ApplicationScoped
public class Downloads {

    private final Api api;
    private final PageRenderer pages;

    public Downloads(Api api, PageRenderer pages) {
        this.api = api;
        this.pages = pages;
    }

    /** {@code GET path} of the gateway with the visitor's token or tracking code, as the browser's answer. */
    Response pass(String path, String token, Map<String, String> headers, String language, String page) {
        Api.Download file = api.download(path, language, token, headers);
        if (!file.ok()) {
            return pages.notFound(language, null, page);
        }
        return Response.ok(file.bytes()).type(file.type())
                .header("Content-Disposition", file.disposition() != null ? file.disposition() : "attachment")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }
}
