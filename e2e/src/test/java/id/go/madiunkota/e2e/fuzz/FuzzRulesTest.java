package id.go.madiunkota.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.e2e.fuzz.FuzzClient.Answer;
import id.go.madiunkota.e2e.fuzz.Operation.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite's own parts without a stack: the variants it makes of an operation, and the rule it judges answers
 * by. If these were wrong, the fuzz run would send the wrong requests or let a bad answer pass.
 */
class FuzzRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Operation submit() throws Exception {
        JsonNode body = JSON.readTree("""
                {"type":"object","required":["name","day"],"properties":{
                  "name":{"type":"string","maxLength":10,"examples":["Sri"]},
                  "day":{"type":"string","format":"date","examples":["2026-12-08"]},
                  "count":{"type":"integer","examples":[2]},
                  "channel":{"type":"string","description":"Staff only: how it arrived","examples":["WALK_IN"]}}}""");
        JsonNode uuid = JSON.readTree("{\"type\":\"string\",\"format\":\"uuid\"}");
        return new Operation("POST", "/api/ppid/things/{id}", List.of(
                new Parameter("path", "id", true, uuid, null)), body);
    }

    private static String body(Variant variant) {
        return variant.body() == null ? "" : new String(variant.body(), StandardCharsets.UTF_8);
    }

    @Test
    void anOperationGetsTheHostileVariantsAndTheSameOnesForTheSameSeed() throws Exception {
        List<Variant> variants = Variants.of(submit(), new Random(7));

        assertThat(variants).hasSizeGreaterThan(HostileInputFuzzTest.MIN_VARIANTS);
        assertThat(variants).extracting(Variant::target).contains("/api/ppid/things/a%00b");
        assertThat(variants).extracting(Variant::name).contains("path id: NUL", "path id: max date",
                "Accept-Language: en;q=abc", "Content-Type: missing", "body: truncated JSON",
                "body: 10,000 levels of arrays", "body: duplicate key name", "body name: NUL inside",
                "body name: emoji at max length (5 emoji)", "body day: max date", "body count: 1e400");
        assertThat(Variants.of(submit(), new Random(7))).extracting(Variant::target)
                .containsExactlyElementsOf(variants.stream().map(Variant::target).toList());
    }

    @Test
    void bodiesChangeOneFieldOfTheExampleMovedAheadAndLeaveStaffOnlyFieldsOut() throws Exception {
        List<Variant> variants = Variants.of(submit(), new Random(7));
        Variant emoji = variants.stream().filter(v -> v.name().equals("body name: emoji at max length (5 emoji)"))
                .findFirst().orElseThrow();
        Variant huge = variants.stream().filter(v -> v.name().equals("body count: 1e400")).findFirst().orElseThrow();

        assertThat(body(emoji)).isEqualTo("{\"name\":\"" + HostileValues.EMOJI.repeat(5)
                + "\",\"day\":\"2082-12-08\",\"count\":2}");
        assertThat(body(huge)).isEqualTo("{\"name\":\"Sri\",\"day\":\"2082-12-08\",\"count\":1e400}");
        assertThat(variants).filteredOn(v -> v.name().startsWith("body channel")).isNotEmpty()
                .allMatch(v -> body(v).contains("\"channel\""));
        assertThat(variants).filteredOn(v -> v.name().startsWith("body name")).noneMatch(v -> body(v).contains(
                "channel"));
    }

    @Test
    void noServerErrorAndEveryRefusalAProblem() {
        Findings findings = new Findings();
        String problem = "{\"title\":\"Invalid data\",\"status\":400}";

        assertThat(findings.why(new Answer(201, "application/json", "{}", null))).isNull();
        assertThat(findings.why(new Answer(400, "application/problem+json", problem, null))).isNull();
        assertThat(findings.why(new Answer(431, "", "", null))).as("the HTTP layer's bodiless 431").isNull();
        assertThat(findings.why(new Answer(500, "application/problem+json", problem, null))).isEqualTo("server error");
        assertThat(findings.why(new Answer(502, "application/problem+json", problem, null))).isEqualTo("server error");
        assertThat(findings.why(new Answer(400, "text/plain", "bad", null))).isEqualTo("not problem+json");
        assertThat(findings.why(new Answer(431, "text/plain", "too large", null))).isEqualTo("not problem+json");
        assertThat(findings.why(new Answer(404, "application/problem+json", problem, null))).isEqualTo("bad problem");
        assertThat(findings.why(new Answer(400, "application/problem+json", "{\"status\":4", null)))
                .isEqualTo("problem not JSON");
        assertThat(findings.why(new Answer(0, "", "", "no answer, twice"))).isEqualTo("no answer");
    }
}
