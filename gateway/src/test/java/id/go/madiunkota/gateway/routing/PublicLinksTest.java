package id.go.madiunkota.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A configured public base replaces the service's own address in its links; other links are left as they are. */
class PublicLinksTest {

    private final PublicLinks links = new PublicLinks(URI.create("http://localhost:8082"),
            Optional.of(URI.create("https://layanan.madiunkota.go.id/")));

    @Test
    void theServicesAddressBecomesThePublicBase() {
        assertThat(links.rewrite("http://localhost:8082/api/helpdesk/complaints/7f1e?x=1#top", null))
                .isEqualTo("https://layanan.madiunkota.go.id/api/helpdesk/complaints/7f1e?x=1#top");
        assertThat(links.rewrite("HTTP://LOCALHOST:8082/api/helpdesk/complaints/7f1e", null))
                .isEqualTo("https://layanan.madiunkota.go.id/api/helpdesk/complaints/7f1e");
    }

    @Test
    void relativeForeignAndMalformedLinksStay() {
        assertThat(links.rewrite("/api/helpdesk/complaints/7f1e", null)).isEqualTo("/api/helpdesk/complaints/7f1e");
        assertThat(links.rewrite("http://localhost:8083/api/x", null)).isEqualTo("http://localhost:8083/api/x");
        assertThat(links.rewrite("https://lkpp.go.id/faq", null)).isEqualTo("https://lkpp.go.id/faq");
        assertThat(links.rewrite("http://bad host/x", null)).isEqualTo("http://bad host/x");
    }
}
