package id.go.madiunkota.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two catalogues of the pages' texts: the same keys, none empty, each one whole language. */
class MessagesTest {

    private static final List<String> COMPONENT_CODES = List.of("LEGAL_BASIS", "REQUIREMENTS", "PROCEDURE",
            "COMPLETION_TIME", "COST", "PRODUCT", "FACILITIES", "STAFF_COMPETENCE", "INTERNAL_SUPERVISION",
            "COMPLAINT_HANDLING", "NUMBER_OF_STAFF", "SERVICE_GUARANTEE", "SECURITY_GUARANTEE",
            "PERFORMANCE_EVALUATION");

    @Test
    void bothCataloguesHaveTheSameKeysAndNoEmptyText() {
        Map<String, String> indonesian = Messages.of("id");
        Map<String, String> english = Messages.of("en");
        assertThat(english.keySet()).isEqualTo(indonesian.keySet());
        indonesian.forEach((key, text) -> assertThat(text).as("id " + key).isNotBlank());
        english.forEach((key, text) -> assertThat(text).as("en " + key).isNotBlank());
    }

    @Test
    void everyServiceAndEveryComponentHasItsWordsInBothLanguages() {
        for (String language : List.of("id", "en")) {
            Map<String, String> m = Messages.of(language);
            for (PortalService service : PortalService.values()) {
                assertThat(m).containsKeys("service." + service.slug() + ".name",
                        "service." + service.slug() + ".description");
            }
            for (String code : COMPONENT_CODES) {
                assertThat(m).as(language).containsKey("component." + code);
            }
        }
    }

    @Test
    void eachCatalogueIsOneWholeLanguage() {
        Map<String, String> indonesian = Messages.of("id");
        Map<String, String> english = Messages.of("en");
        // an acronym (NIK, NPWP, PPID, LPSE) is the same in both languages; a sentence never is
        long same = indonesian.keySet().stream().filter(k -> indonesian.get(k).equals(english.get(k)))
                .filter(k -> !indonesian.get(k).matches("[A-Z0-9 ./()-]{1,12}")).count();
        assertThat(same).as("texts left untranslated").isZero();
        assertThat(String.join(" ", english.values())).doesNotContain(" dan ", " yang ", " tidak ", "Layanan kami");
        assertThat(String.join(" ", indonesian.values())).doesNotContain(" the ", " and ", " of ", "Our services");
    }

    @Test
    void anyOtherLanguageGetsIndonesian() {
        assertThat(Messages.of("fr")).isSameAs(Messages.of("id"));
        assertThat(Messages.of(null)).isSameAs(Messages.of("id"));
    }
}
