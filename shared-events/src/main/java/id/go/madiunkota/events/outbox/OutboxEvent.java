package id.go.madiunkota.events.outbox;

import id.go.madiunkota.events.DomainEvent;
import id.go.madiunkota.events.EventCodec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of the outbox: one event waiting to be published, written in the transaction of the change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    private UUID id;

    @Column(name = "aggregatetype", nullable = false)
    private String aggregateType;

    @Column(name = "aggregateid", nullable = false)
    private String aggregateId;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private int version;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected OutboxEvent() {
        // for JPA
    }

    OutboxEvent(DomainEvent event) {
        this.id = event.eventId();
        this.aggregateType = event.aggregateType();
        this.aggregateId = event.aggregateId();
        this.type = event.type();
        this.version = event.version();
        this.payload = EventCodec.toJson(event.payload());
        this.occurredAt = event.occurredAt();
    }

    public UUID id() {
        return id;
    }

    public String type() {
        return type;
    }
}
