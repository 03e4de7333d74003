package id.go.madiunkota.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders a page in its language: the language switch, the {@code lang} cookie, the error pages. */
@ApplicationScoped
public class PageRenderer {

    static final String LANG_COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private final Template error;
    private final Visitor visitor;

    public PageRenderer(@Location("error.html") Template error, Visitor visitor) {
        this.error = error;
        this.visitor = visitor;
    }

    /** The 404 page in the language. */
    Response notFound(String language, String lang, String path) {
        return render(error.data("titleKey", "error.notfound.title").data("textKey", "error.notfound.text"),
                language, lang, path, 404);
    }

    /** The friendly 503 page: the gateway is unreachable or failing. */
    Response unavailable(String language, String lang, String path) {
        return render(error.data("titleKey", "error.unavailable.title")
                .data("textKey", "error.unavailable.text"), language, lang, path, 503);
    }

    /**
     * The page as an HTML answer. When {@code lang} (the query parameter) chose the language, the choice is
     * remembered in the cookie.
     */
    Response render(TemplateInstance template, String language, String lang, String path, int status) {
        Map<String, String> m = Messages.of(language);
        String other = "en".equals(language) ? "id" : "en";
        // The switch keeps the page's own query (a tracking code): ?lang= is added to it, not a second "?".
        String switchTo = path + (path.contains("?") ? "&" : "?") + "lang=" + other;
        String html = template.data("m", m).data("lang", language).data("other", other).data("path", path)
                .data("switchTo", switchTo).data("visitorName", visitor.name())
                .data("staff", visitor.staff()).data("loginHref", loginHref(path))
                .render();
        Response.ResponseBuilder answer = Response.status(status).type("text/html;charset=UTF-8").entity(html)
                .header("Cache-Control", "no-store").header("Vary", "Cookie");
        if (language.equals(lang)) {
            answer.cookie(new NewCookie.Builder(LANG_COOKIE).value(language).path("/").maxAge(ONE_YEAR)
                    .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        if (status == 503) {
            answer.header("Retry-After", "30");
        }
        return answer.build();
    }

    /** The header's "Masuk" link: the login, then back to this page (the account pages need no way back). */
    static String loginHref(String path) {
        if (path == null || path.equals("/saya") || path.startsWith("/saya/") || path.startsWith("/saya?")) {
            return "/saya";
        }
        return "/saya/masuk?ke=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** The page's language: {@code ?lang=} when it is id or en, else the cookie, else Bahasa Indonesia. */
    static String language(String lang, String cookie) {
        if ("en".equals(lang) || "id".equals(lang)) {
            return lang;
        }
        if ("en".equals(cookie) || "id".equals(cookie)) {
            return cookie;
        }
        return "id";
    }
}
