package id.go.madiunkota.events.outbox;

import id.go.madiunkota.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Publishes pending outbox rows to Kafka, oldest first, one batch per call.
 *
 * <p>Only one relay works an outbox at a time, however many instances of the service run: each batch runs in a
 * transaction holding a PostgreSQL advisory lock named after the topic, and an instance that cannot take the lock
 * does nothing. That keeps one aggregate's events in commit order. A row is marked sent only after Kafka has
 * acknowledged it ({@code acks=all}); rows after the first failure stay pending and are sent again later, so an event
 * is delivered at least once and consumers drop repeats by event id.
 */
public class OutboxRelay {

    private static final String SELECT_PENDING = """
            SELECT id, aggregatetype, aggregateid, type, version, payload::text, occurred_at
              FROM outbox_event
             WHERE published_at IS NULL
             ORDER BY seq
             LIMIT ?
               FOR UPDATE""";

    private final DataSource dataSource;
    private final Producer<String, byte[]> producer;
    private final String topic;
    private final String source;
    private final long lockKey;
    private final long ackTimeoutMillis;

    /**
     * @param topic the service's topic, such as {@code ppid.events}
     * @param source the CloudEvents source, such as {@code /madiun/ppid-service}
     * @param ackTimeoutMillis how long to wait for Kafka's acknowledgement of a batch before giving up on it
     */
    public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, String topic, String source,
            long ackTimeoutMillis) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.topic = topic;
        this.source = source;
        this.lockKey = ("outbox-relay:" + topic).hashCode();
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    /** What one call did. */
    public record Batch(boolean lockHeld, int published, int pendingSeen, String error) {

        static Batch notLeader() {
            return new Batch(false, 0, 0, null);
        }

        public boolean failed() {
            return error != null;
        }
    }

    /** Publishes up to {@code limit} pending rows. Never throws for Kafka trouble: the batch reports it. */
    public Batch publishBatch(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Batch batch = publishLocked(connection, limit);
                connection.commit();
                return batch;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Batch publishLocked(Connection connection, int limit) throws SQLException {
        if (!tryLock(connection)) {
            return Batch.notLeader();
        }
        List<Row> rows = pending(connection, limit);
        if (rows.isEmpty()) {
            return new Batch(true, 0, 0, null);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        String error = null;
        for (Row row : rows) {
            try {
                acks.add(producer.send(record(row)));
            } catch (RuntimeException e) {
                error = describe(e); // the producer refused at once (e.g. no metadata within max.block.ms)
                break;
            }
        }
        List<UUID> sent = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ackTimeoutMillis);
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(rows.get(i).id());
            } catch (ExecutionException | TimeoutException e) {
                error = describe(e instanceof ExecutionException ? e.getCause() : e);
                break; // keep order: what follows a failure is sent again with it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
                break;
            }
        }
        markSent(connection, sent);
        if (error != null && sent.size() < rows.size()) {
            markFailed(connection, rows.get(sent.size()).id(), error);
        }
        return new Batch(true, sent.size(), rows.size(), error);
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, lockKey);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static List<Row> pending(Connection connection, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT_PENDING)) {
            statement.setInt(1, limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getInt(5), result.getString(6),
                            result.getObject(7, java.time.OffsetDateTime.class).toInstant()));
                }
            }
        }
        return rows;
    }

    private ProducerRecord<String, byte[]> record(Row row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, row.aggregateId(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, row.id().toString());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.SUBJECT, row.aggregateId());
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.occurredAt()));
        header(record, CloudEventHeaders.DATA_SCHEMA, CloudEventHeaders.dataSchema(row.type(), row.version()));
        header(record, CloudEventHeaders.AGGREGATE_TYPE, row.aggregateType());
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, UUID id, String error) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            statement.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            statement.setObject(2, id);
            statement.executeUpdate();
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private record Row(UUID id, String aggregateType, String aggregateId, String type, int version, String payload,
            Instant occurredAt) {
    }
}
