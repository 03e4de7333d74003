package id.go.madiunkota.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit finds each kind of fault in a fixture catalogue, and none in a whole one. */
class CatalogueAuditTest {

    private static final String ENUMS = "id.go.madiunkota.fixture.catalogue";

    @Test
    void aWholeCatalogueHasNoFinding() {
        CatalogueAudit audit = CatalogueAudit.of(ENUMS).fixture("catalogue/clean");

        assertThat(audit.findings()).isEmpty();
        audit.assertWhole();
    }

    @Test
    void keysInOneLanguageOnlyAreFound() {
        List<String> found = CatalogueAudit.of(ENUMS).fixture("catalogue/dirty").findings();

        assertThat(found).contains(
                "keys: 'only-indonesian' is in messages/service.properties but not in messages/service_en.properties",
                "keys: 'only-english' is in messages/service_en.properties but not in messages/service.properties");
    }

    @Test
    void foreignWordsAreFoundInBothDirections() {
        List<String> found = CatalogueAudit.of(ENUMS).fixture("catalogue/dirty").findings();

        assertThat(found).anyMatch(line -> line.startsWith("language: the Indonesian message 'not-found'")
                && line.contains("[request]"));
        assertThat(found).anyMatch(line -> line.startsWith("language: the English message 'not-found'")
                && line.contains("[tidak]"));
    }

    @Test
    void rawEnumCodesInMessagesAreFound() {
        List<String> found = CatalogueAudit.of(ENUMS).fixture("catalogue/dirty").findings();

        assertThat(found).anyMatch(line -> line.startsWith("enum code: the Indonesian message 'invalid-transition'")
                && line.contains("EXTENDED"));
        assertThat(found).anyMatch(line -> line.startsWith("enum code: the Indonesian message 'step'")
                && line.contains("START_PROCESSING"));
    }

    @Test
    void enumConstantsWithoutTheirWordAreFoundForEntityAndApiEnumsOnly() {
        List<String> found = CatalogueAudit.of(ENUMS).fixture("catalogue/dirty").findings();

        assertThat(found).contains("enum word: 'enum.Channel.WALK_IN' (" + ENUMS
                + ".api.Channel) is not in the English catalogue");
        assertThat(found).noneMatch(line -> line.contains("enum.Step."));
    }

    @Test
    void allowedWordsPassAndAssertWholeListsEveryFinding() {
        CatalogueAudit audit = CatalogueAudit.of(ENUMS).fixture("catalogue/dirty").allowing("Request", "tidak");

        assertThat(audit.findings()).noneMatch(line -> line.contains("'not-found'"));
        assertThatThrownBy(audit::assertWhole).isInstanceOf(AssertionError.class)
                .hasMessageContaining("catalogue finding(s) for " + ENUMS)
                .hasMessageContaining("only-english");
    }

    @Test
    void wordsAreReadWithoutPlaceholdersCodesOrAcronyms() {
        assertThat(CatalogueWords.wordsOf("Tindakan ''{1}'' pada {0}: start-processing, NIK 16 digit, "
                + "application/json. Selesai!")).containsExactly("tindakan", "pada", "digit", "selesai");
    }

    @Test
    void theSharedCataloguesOfServiceCommonAreWhole() {
        assertThat(CatalogueAudit.of("id.go.madiunkota.common").findings()).isEmpty();
    }
}
