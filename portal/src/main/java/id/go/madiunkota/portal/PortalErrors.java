package id.go.madiunkota.portal;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors as pages in the visitor's language: never a stack trace, never a bare 500. */
public class PortalErrors {

    private static final Logger LOG = Logger.getLogger(PortalErrors.class);

    private final PageRenderer pages;

    public PortalErrors(PageRenderer pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        String lang = uri.getQueryParameters().getFirst("lang");
        return pages.notFound(language(lang, headers), lang, uri.getPath());
    }

    @ServerExceptionMapper
    public Response other(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getResponse() != null && e.getResponse().getStatus() < 500) {
            return e.getResponse();
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        LOG.error("a page failed", e);
        String lang = uri.getQueryParameters().getFirst("lang");
        return pages.unavailable(language(lang, headers), lang, uri.getPath());
    }

    private static String language(String lang, HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(PageRenderer.LANG_COOKIE);
        return PageRenderer.language(lang, cookie == null ? null : cookie.getValue());
    }
}
