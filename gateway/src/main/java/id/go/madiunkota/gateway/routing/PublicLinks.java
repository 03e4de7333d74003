package id.go.madiunkota.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Puts the gateway's public address in place of a service's in the absolute links a service answers with
 * ({@code Location}, {@code Content-Location}): a service names itself as it was reached (its own host and port), which
 * a caller can neither reach nor should learn. Relative links and links to anywhere else are left alone.
 */
final class PublicLinks {

    /** Headers that may carry an absolute link to the service. */
    static final List<String> HEADERS = List.of("Location", "Content-Location");

    private final URI service;
    private final Optional<URI> configured;

    PublicLinks(URI service, Optional<URI> configured) {
        this.service = service;
        this.configured = configured;
    }

    /** Rewrites the link headers of an answer to the request. */
    void rewrite(MultiMap headers, HttpServerRequest request) {
        for (String name : HEADERS) {
            String value = headers.get(name);
            if (value != null) {
                headers.set(name, rewrite(value, request));
            }
        }
    }

    /**
     * The link with the service's scheme and authority replaced by the gateway's public base, if it names the service.
     */
    String rewrite(String link, HttpServerRequest request) {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            return link;
        }
        if (!uri.isAbsolute() || !sameOrigin(uri)) {
            return link;
        }
        String base = configured.map(URI::toString).orElseGet(() -> requestBase(request));
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String rest = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            rest += "?" + uri.getRawQuery();
        }
        if (uri.getRawFragment() != null) {
            rest += "#" + uri.getRawFragment();
        }
        return base + rest;
    }

    private boolean sameOrigin(URI uri) {
        return service.getScheme().equalsIgnoreCase(uri.getScheme())
                && service.getHost().equalsIgnoreCase(uri.getHost())
                && port(service) == port(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The request's scheme and Host; behind a trusted proxy the ones it forwarded (Quarkus applies those). */
    private static String requestBase(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        String host = authority == null ? "localhost" : authority.host();
        int port = authority == null ? -1 : authority.port();
        String scheme = request.scheme() == null ? "http" : request.scheme();
        boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80)
                || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
