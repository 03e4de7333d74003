package id.go.madiunkota.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Singleton;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** The public pages: the home page and one page per service. One instance, which keeps the standards read. */
@Singleton
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    private static final Logger LOG = Logger.getLogger(PortalPages.class);

    private final GatewayClient gateway;
    private final Template home;
    private final Template service;
    private final PageRenderer pages;
    /** How long a standard read from the gateway is shown again without asking (0: asked for every page). */
    private final long standardsKeptNanos;
    /** The standards read, by service and language, with when each is to be asked for again. */
    private final Map<String, Kept> standards = new ConcurrentHashMap<>();

    public PortalPages(@RestClient GatewayClient gateway, @Location("home.html") Template home,
            @Location("service.html") Template service, PageRenderer pages,
            @ConfigProperty(name = "madiun.portal.standards-kept", defaultValue = "60S") Duration standardsKept) {
        this.gateway = gateway;
        this.home = home;
        this.service = service;
        this.pages = pages;
        this.standardsKeptNanos = standardsKept.toNanos();
    }

    @GET
    public Response home(@QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        Map<String, String> m = Messages.of(language);
        List<Views.ServiceCard> cards = new ArrayList<>();
        int unavailable = 0;
        for (PortalService s : PortalService.values()) {
            Standard standard = standardOrNull(s, language);
            if (standard == null) {
                unavailable++;
            }
            String prefix = "service." + s.slug();
            cards.add(new Views.ServiceCard(s.slug(), m.get(prefix + ".name"), m.get(prefix + ".description"),
                    standard == null ? null : Views.firstLine(standard.content("COMPLETION_TIME")),
                    standard == null ? null : Views.firstLine(standard.content("COST")), s.firstStep(),
                    m.get("home.start." + s.slug())));
        }
        if (unavailable == cards.size()) {
            return pages.unavailable(language, lang, "/");
        }
        return pages.render(home.data("services", cards).data("partial", unavailable > 0), language, lang, "/", 200);
    }

    @GET
    @Path("layanan/{service}")
    public Response service(@PathParam("service") String slug, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String path = "/layanan/" + slug;
        PortalService known = PortalService.bySlug(slug).orElse(null);
        if (known == null) {
            return pages.notFound(language, lang, path);
        }
        Standard standard = standardOrNull(known, language);
        if (standard == null) {
            return pages.unavailable(language, lang, path);
        }
        Views.StandardPage view = Views.page(known, standard, Messages.of(language), language);
        return pages.render(service.data("s", view), language, lang, "/layanan/" + known.slug(), 200);
    }

    /**
     * The service's standard in the language, or null when the gateway does not give it. A standard read is kept for
     * {@code madiun.portal.standards-kept} (60 s): standards change rarely (a new decree), and the home page needs all
     * four, which asked one after the other would make it slow. A failure is not kept: the next page asks again.
     */
    private Standard standardOrNull(PortalService s, String language) {
        String key = s.gatewayKey() + " " + language;
        Kept kept = standards.get(key);
        long now = System.nanoTime();
        if (kept != null && now - kept.until() < 0) {
            return kept.standard();
        }
        try {
            Standard standard = gateway.standard(s.gatewayKey(), language);
            if (standardsKeptNanos > 0 && standard != null) {
                standards.put(key, new Kept(standard, now + standardsKeptNanos));
            }
            return standard;
        } catch (RuntimeException e) {
            LOG.warnf("the gateway did not give the standard of %s: %s", s.gatewayKey(), e.toString());
            return null;
        }
    }

    /** Forgets the standards kept (for tests). */
    void forgetStandards() {
        standards.clear();
    }

    private record Kept(Standard standard, long until) {
    }
}
