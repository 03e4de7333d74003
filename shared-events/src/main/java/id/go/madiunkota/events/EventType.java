package id.go.madiunkota.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a payload record as a published event. The event's type is {@code service + "." + name}, such as
 * {@code ppid.RequestReceived}; it is the CloudEvents {@code type} and never changes once published.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The publishing service's segment: ppid, helpdesk, verification or training. */
    String service();

    /** The event's name in the past tense, such as RequestReceived. */
    String name();

    /** The payload's schema version; raised only for a change a consumer must know of (changes stay additive). */
    int version() default 1;

    /** The kind of aggregate the event is about, such as InformationRequest; its id is the Kafka key. */
    String aggregate();
}
