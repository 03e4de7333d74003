package id.go.madiunkota.verification;

import id.go.madiunkota.testing.CatalogueAudit;
import org.junit.jupiter.api.Test;

/** Each message catalogue whole in its language, with a word for every enum constant of the service. */
class CatalogueTest {

    @Test
    void catalogueIsWhole() {
        CatalogueAudit.of("id.go.madiunkota.verification").assertWhole();
    }
}
