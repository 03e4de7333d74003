package id.go.madiunkota.helpdesk;

import id.go.madiunkota.testing.CatalogueAudit;
import org.junit.jupiter.api.Test;

/**
 * Both message catalogues are whole: same keys, one language each, and a word for every enum value. SMS and PPID
 * are names, the same in both languages, and also constants of ConsultationChannel/ComplaintChannel and
 * ServiceConcerned: the words that name them may show them.
 */
class CatalogueTest {

    @Test
    void catalogueIsWhole() {
        CatalogueAudit.of("id.go.madiunkota.helpdesk").allowing("SMS", "PPID").assertWhole();
    }
}
