package id.go.madiunkota.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The {@code idempotency_record} table, on plain JDBC (an insert that may meet the primary key is a normal outcome
 * here, not an error for Hibernate to log). Every call runs in a transaction of its own and commits at once, so that
 * a claim is visible to a concurrent duplicate before the request runs, and an answer is kept whatever the request's
 * own transaction did.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What {@link #claim} found for a key. */
    enum State { CLAIMED, REPLAY, REUSED, IN_PROGRESS, OTHER_CALLER }

    /** The outcome of a claim; {@code answer} is set for {@link State#REPLAY}. */
    record Claim(State state, StoredAnswer answer) {
    }

    // Inserts the claim, or takes over a row that expired or whose request was abandoned; 0 rows: someone else has it.
    private static final String CLAIM = """
            INSERT INTO idempotency_record AS r (key, principal, method, path, request_hash, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (principal, key) DO UPDATE SET method = EXCLUDED.method, path = EXCLUDED.path,
                request_hash = EXCLUDED.request_hash, status = NULL, response_body = NULL, response_headers = NULL,
                created_at = EXCLUDED.created_at
            WHERE r.created_at < ? OR (r.status IS NULL AND r.created_at < ?)""";
    private static final String FIND = """
            SELECT method, path, request_hash, status, response_body, response_headers::text
            FROM idempotency_record WHERE principal = ? AND key = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_record SET status = ?, response_body = ?, response_headers = ?::jsonb
            WHERE principal = ? AND key = ? AND request_hash = ? AND status IS NULL""";
    private static final String RELEASE = """
            DELETE FROM idempotency_record WHERE principal = ? AND key = ? AND request_hash = ? AND status IS NULL""";
    // Claims of one key wait for each other, so that two anonymous addresses cannot both see the key free.
    private static final String LOCK_KEY = "SELECT 1 FROM pg_advisory_xact_lock(hashtext('idempotency:' || ?))";
    private static final String HELD_BY_OTHER_ADDRESS = """
            SELECT 1 FROM idempotency_record
            WHERE key = ? AND principal <> ? AND principal LIKE 'anonymous@%' AND created_at >= ?""";
    private static final String PURGE = "DELETE FROM idempotency_record WHERE created_at < ?";
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String LOCATION = "Location";
    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;
    private final IdempotencyConfig config;
    private final Clock clock;
    private final ObjectMapper mapper;

    public IdempotencyStore(DataSource dataSource, IdempotencyConfig config, Clock clock, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Claims the key for this request, or tells what the first request with it left. */
    Claim claim(IdempotentRequest request) {
        // A row can vanish between the insert and the look-up (its request failed): then try again.
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Claim claim = QuarkusTransaction.requiringNew().call(() -> tryClaim(request));
            if (claim != null) {
                return claim;
            }
        }
        return new Claim(State.IN_PROGRESS, null);
    }

    /** Keeps the answer of the request that holds the claim. */
    void complete(IdempotentRequest request, StoredAnswer answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (answer.contentType() != null) {
            headers.put(CONTENT_TYPE, answer.contentType());
        }
        if (answer.location() != null) {
            headers.put(LOCATION, answer.location());
        }
        update(COMPLETE, answer.status(), answer.body(), json(headers), request.principal(), request.key(),
                request.requestHash());
    }

    /** Gives the key up after an answer that is not kept (not a 2xx), so that the caller may try again. */
    void release(IdempotentRequest request) {
        update(RELEASE, request.principal(), request.key(), request.requestHash());
    }

    /** Deletes the records past their retention; returns how many. */
    int purgeExpired() {
        return update(PURGE, timestamp(now().minus(config.retention())));
    }

    private Claim tryClaim(IdempotentRequest request) throws SQLException {
        Instant now = now();
        try (Connection connection = dataSource.getConnection()) {
            if (request.principal().startsWith(IdempotencyFilter.ANONYMOUS + "@")
                    && heldByOtherAddress(connection, request, now)) {
                return new Claim(State.OTHER_CALLER, null);
            }
            try (PreparedStatement insert = connection.prepareStatement(CLAIM)) {
                bind(insert, request.key(), request.principal(), request.method(), request.path(),
                        request.requestHash(), timestamp(now), timestamp(now.minus(config.retention())),
                        timestamp(now.minus(config.abandonedAfter())));
                if (insert.executeUpdate() == 1) {
                    return new Claim(State.CLAIMED, null);
                }
            }
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                bind(find, request.principal(), request.key());
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? existing(request, row) : null;
                }
            }
        }
    }

    private boolean heldByOtherAddress(Connection connection, IdempotentRequest request, Instant now)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_KEY)) {
            bind(lock, request.key());
            lock.executeQuery().close();
        }
        try (PreparedStatement held = connection.prepareStatement(HELD_BY_OTHER_ADDRESS)) {
            bind(held, request.key(), request.principal(), timestamp(now.minus(config.retention())));
            try (ResultSet row = held.executeQuery()) {
                return row.next();
            }
        }
    }

    private Claim existing(IdempotentRequest request, ResultSet row) throws SQLException {
        if (!request.sameAs(row.getString("method"), row.getString("path"), row.getString("request_hash"))) {
            return new Claim(State.REUSED, null);
        }
        int status = row.getInt("status");
        if (row.wasNull()) {
            return new Claim(State.IN_PROGRESS, null);
        }
        Map<String, String> headers = headers(row.getString("response_headers"));
        return new Claim(State.REPLAY, new StoredAnswer(status, row.getString("response_body"),
                headers.get(CONTENT_TYPE), headers.get(LOCATION)));
    }

    private int update(String sql, Object... values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; the same precision here keeps comparisons exact.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String json(Map<String, String> headers) {
        try {
            return mapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write response headers as JSON", e);
        }
    }

    private Map<String, String> headers(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response headers are not a JSON object", e);
        }
    }
}
