package id.go.madiunkota.training;

import id.go.madiunkota.testing.CatalogueAudit;
import org.junit.jupiter.api.Test;

/** Every message a person reads is whole Bahasa Indonesia or whole English, every enum has its words. */
class CatalogueTest {

    @Test
    void catalogueIsWhole() {
        CatalogueAudit.of("id.go.madiunkota.training").assertWhole();
    }
}
