package id.go.madiunkota.portal;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's login page in the portal's language: the redirect to the login carries {@code ui_locales} (OpenID
 * Connect), the page's language as the portal chose it ({@code ?lang=}, else the {@code lang} cookie, else Bahasa
 * Indonesia). Keycloak prefers it to the browser's Accept-Language, so a citizen whose phone is set to English still
 * logs in in Indonesian after reading the portal in Indonesian, and the other way round.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        RoutingContext request = context.routingContext();
        Cookie cookie = request.request().getCookie(PageRenderer.LANG_COOKIE);
        String language = PageRenderer.language(request.queryParams().get("lang"),
                cookie == null ? null : cookie.getValue());
        context.additionalQueryParams().add("ui_locales", language);
    }
}
