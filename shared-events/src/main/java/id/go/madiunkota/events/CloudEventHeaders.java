package id.go.madiunkota.events;

/**
 * The Kafka headers of the CloudEvents 1.0 Kafka protocol binding in binary mode: the attributes travel as
 * {@code ce_*} headers, the payload as the message value, so any Kafka dashboard shows events readably.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Extension attribute: the kind of aggregate the subject is, such as InformationRequest. */
    public static final String AGGREGATE_TYPE = "ce_aggregatetype";
    /** In binary mode, {@code datacontenttype} is the message's content-type header. */
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** The schema URI of an event type and version, matching the {@code $id} of its JSON Schema. */
    public static String dataSchema(String type, int version) {
        return "urn:madiun:event:" + type + ":v" + version;
    }

    /** The CloudEvents {@code source} of a service: {@code /madiun/ppid-service}. */
    public static String source(String service) {
        return "/madiun/" + service + "-service";
    }
}
