package id.go.madiunkota.ppid;

import id.go.madiunkota.testing.CatalogueAudit;
import org.junit.jupiter.api.Test;

/** Both message catalogues of ppid-service are whole: same keys, one language each, enum values as words. */
class CatalogueTest {

    @Test
    void catalogueIsWhole() {
        // "Komisi Informasi" is a name in both languages; year and holiday are record names of the decree CSV.
        CatalogueAudit.of("id.go.madiunkota.ppid").allowing("informasi", "year", "holiday").assertWhole();
    }
}
