package id.go.madiunkota.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.madiunkota.events.ppid.DisputeFiled;
import id.go.madiunkota.events.ppid.RequestDecided;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog lists every event of the four services, each a well-formed payload record without personal data. */
class EventCatalogTest {

    /** Every event type the services publish (the list, plus DeadlineRecomputed and CalendarMissing). */
    private static final List<String> EXPECTED_TYPES = List.of(
            "ppid.RequestReceived", "ppid.RequestExtended", "ppid.RequestDecided", "ppid.InformationDelivered",
            "ppid.RequestWithdrawn", "ppid.DeadlineApproaching", "ppid.DeadlineBreached", "ppid.DeadlineRecomputed",
            "ppid.ObjectionFiled", "ppid.ObjectionDecided", "ppid.DisputeFiled", "ppid.CalendarChanged",
            "ppid.DisputeOutcomeRecorded",
            "ppid.CalendarMissing",
            "helpdesk.ConsultationOpened", "helpdesk.ConsultationEscalated", "helpdesk.CallbackDue",
            "helpdesk.LkppAnswerRecorded", "helpdesk.ConsultationResolved", "helpdesk.ConsultationClosed",
            "helpdesk.ComplaintReceived", "helpdesk.ComplaintAnswered",
            "verification.ProviderRegistered", "verification.VerificationStarted", "verification.ProviderActivated",
            "verification.VerificationRejected", "verification.VerificationArchived", "verification.ProviderSuspended",
            "training.TrainingScheduled", "training.ParticipantRegistered", "training.ParticipantWaitlisted",
            "training.AttendanceRecorded", "training.TrainingCompleted", "training.TrainingCancelled",
            "training.ProviderInvited", "training.DecreeRefused");

    /** The aggregates each service's events may name. */
    private static final Map<String, Set<String>> AGGREGATES = Map.of(
            "ppid", Set.of("InformationRequest", "Objection", "Calendar"),
            "helpdesk", Set.of("Consultation", "Complaint"),
            "verification", Set.of("Provider", "Verification"),
            "training", Set.of("TrainingSession", "Registration"));

    /** Parts of a component name that point at personal data (UU 27/2022); matched case-insensitively. */
    private static final List<String> PERSONAL_DATA_WORDS = List.of(
            "nik", "npwp", "ktp", "phone", "mail", "address", "birth", "trackingcode");

    /** Component names ending in "name" that do not name a natural person. */
    private static final Set<String> ALLOWED_NAMES = Set.of("companyName");

    static Stream<Named<Class<? extends EventPayload>>> events() {
        return EventCatalog.ALL.stream().map(payloadClass -> Named.of(payloadClass.getSimpleName(), payloadClass));
    }

    @Test
    void catalogListsExactlyTheExpectedEventTypes() {
        assertThat(EventCatalog.ALL).doesNotHaveDuplicates();
        assertThat(EventCatalog.ALL.stream().map(c -> DomainEvent.typeOf(DomainEvent.metaOf(c))))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EXPECTED_TYPES);
    }

    @Test
    void byTypeFindsEveryEventAndNothingElse() {
        for (Class<? extends EventPayload> payloadClass : EventCatalog.ALL) {
            assertThat(EventCatalog.byType(DomainEvent.typeOf(DomainEvent.metaOf(payloadClass))))
                    .contains(payloadClass);
        }
        assertThat(EventCatalog.byType("ppid.RequestReceived")).hasValueSatisfying(
                c -> assertThat(c.getName()).isEqualTo("id.go.madiunkota.events.ppid.RequestReceived"));
        assertThat(EventCatalog.byType("ppid.SomethingFromANewerProducer")).isEmpty();
        assertThat(EventCatalog.byType("RequestReceived")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventIsAnAnnotatedRecordNamedAfterItsTypeInItsServicesPackage(Class<? extends EventPayload> payloadClass) {
        assertThat(payloadClass.isRecord()).as("a record").isTrue();
        assertThat(EventPayload.class).isAssignableFrom(payloadClass);
        EventType meta = payloadClass.getAnnotation(EventType.class);
        assertThat(meta).as("@EventType").isNotNull();
        String packageName = payloadClass.getPackageName();
        assertThat(meta.name()).isEqualTo(payloadClass.getSimpleName());
        assertThat(meta.service()).isEqualTo(packageName.substring(packageName.lastIndexOf('.') + 1));
        assertThat(packageName).isEqualTo("id.go.madiunkota.events." + meta.service());
        assertThat(meta.version()).isPositive();
        assertThat(AGGREGATES.get(meta.service())).contains(meta.aggregate());

    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void javadocSaysWhenItIsPublishedAndDocumentsEveryComponent(Class<? extends EventPayload> payloadClass) {
        PayloadJavadoc javadoc = PayloadJavadoc.of(payloadClass);
        JsonClassDescription description = payloadClass.getAnnotation(JsonClassDescription.class);

        assertThat(javadoc.firstSentence()).as("the Javadoc's first sentence").startsWith("Published ").endsWith(".");
        assertThat(description).as("@JsonClassDescription").isNotNull();
        assertThat(description.value()).as("@JsonClassDescription repeats the Javadoc's first sentence")
                .isEqualTo(javadoc.firstSentence());
        assertThat(javadoc.params().keySet()).as("one @param per record component")
                .containsExactlyInAnyOrder(Stream.of(payloadClass.getRecordComponents())
                        .map(RecordComponent::getName).toArray(String[]::new));
        assertThat(javadoc.params().values()).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void noComponentCarriesPersonalData(Class<? extends EventPayload> payloadClass) {
        List<String> offending = new ArrayList<>();
        for (RecordComponent component : payloadClass.getRecordComponents()) {
            String name = component.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean personalWord = PERSONAL_DATA_WORDS.stream().anyMatch(lower::contains);
            boolean personName = lower.endsWith("name") && !ALLOWED_NAMES.contains(name);
            if (personalWord || personName) {
                offending.add(name);
            }
        }
        assertThat(offending).as("components that look like personal data in %s", payloadClass.getName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void componentsArePlainValuesWithEnumsAsStrings(Class<? extends EventPayload> payloadClass) {
        for (RecordComponent component : payloadClass.getRecordComponents()) {
            assertThat(EventSamples.isAllowed(component.getGenericType()))
                    .as("%s.%s is a %s; use UUID, String, LocalDate, Instant, int, boolean or List<String>",
                            payloadClass.getSimpleName(), component.getName(), component.getGenericType())
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void aStrictReaderStillIgnoresFieldsAddedByANewerProducer(Class<? extends EventPayload> payloadClass)
            throws Exception {
        // Services' REST mappers reject unknown properties; events must not inherit that (changes are additive).
        ObjectMapper strict = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        EventPayload sample = EventSamples.sampleOf(payloadClass);
        ObjectNode newer = (ObjectNode) strict.readTree(EventCodec.toJson(sample));
        newer.put("fieldOfAFutureVersion", "x");

        assertThat(strict.treeToValue(newer, payloadClass)).isEqualTo(sample);
    }

    @Test
    void aNullFieldIsLeftOutOfTheJsonAndReadsBackAsNull() {
        var payload = new DisputeFiled(UUID.randomUUID(), UUID.randomUUID(), "PPID/KEB/2026/000007", null,
                LocalDate.of(2026, 5, 4));

        String json = EventCodec.toJson(payload);

        assertThat(json).doesNotContain("commissionCaseNumber");
        assertThat(EventCodec.fromJson(json.getBytes(StandardCharsets.UTF_8),
                DisputeFiled.class)).isEqualTo(payload);
    }

    @Test
    void listsAreCopiedAndNeverNull() {
        var decided = new RequestDecided(UUID.randomUUID(), "PPID/2026/000123",
                "GRANTED", null, LocalDate.of(2026, 3, 16), true);
        assertThat(decided.exemptionGrounds()).isEmpty();

        List<String> grounds = new ArrayList<>(List.of("PASAL_17_A"));
        var rejected = new RequestDecided(UUID.randomUUID(), "PPID/2026/000124",
                "REJECTED", grounds, LocalDate.of(2026, 3, 16), false);
        grounds.add("PASAL_17_B");
        assertThat(rejected.exemptionGrounds()).containsExactly("PASAL_17_A");
    }

    @Test
    void indexRefusesAClassWithoutEventTypeAndTwoClassesOfOneType() {
        assertThatThrownBy(() -> EventCatalog.index(List.of(NotAnnotated.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(NotAnnotated.class.getName())
                .hasMessageContaining("@EventType");
        assertThatThrownBy(() -> EventCatalog.index(List.of(First.class, Second.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.Same")
                .hasMessageContaining(First.class.getName())
                .hasMessageContaining(Second.class.getName());
    }

    record NotAnnotated() implements EventPayload {
    }

    @EventType(service = "test", name = "Same", aggregate = "Thing")
    record First() implements EventPayload {
    }

    @EventType(service = "test", name = "Same", aggregate = "Thing")
    record Second() implements EventPayload {
    }
}
