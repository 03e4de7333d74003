package id.go.madiunkota.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** The public pages: the home page and one page per service. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    private static final Logger LOG = Logger.getLogger(PortalPages.class);

    private final GatewayClient gateway;
    private final Template home;
    private final Template service;
    private final PageRenderer pages;

    public PortalPages(@RestClient GatewayClient gateway, @Location("home.html") Template home,
            @Location("service.html") Template service, PageRenderer pages) {
        this.gateway = gateway;
        this.home = home;
        this.service = service;
        this.pages = pages;
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
                    standard == null ? null : Views.firstLine(standard.content("COST"))));
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

    private Standard standardOrNull(PortalService s, String language) {
        try {
            return gateway.standard(s.gatewayKey(), language);
        } catch (RuntimeException e) {
            LOG.warnf("the gateway did not give the standard of %s: %s", s.gatewayKey(), e.toString());
            return null;
        }
    }
}
