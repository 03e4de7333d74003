package id.go.madiunkota.training.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The outbox rows written for one aggregate (the event's subject), in the order they were written. */
public final class OutboxRows {

    /** One row: the event type, its subject (aggregate id) and its JSON payload. */
    public record Row(String type, String aggregateType, String subject, String payload) {
    }

    private OutboxRows() {
    }

    public static List<Row> of(DataSource dataSource, String aggregateId) {
        List<Row> found = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT type, aggregatetype, aggregateid, payload::text FROM outbox_event WHERE aggregateid = ? "
                        + "ORDER BY seq")) {
            statement.setString(1, aggregateId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The types of the rows of {@code aggregateId}, in order. */
    public static List<String> types(DataSource dataSource, String aggregateId) {
        return of(dataSource, aggregateId).stream().map(Row::type).toList();
    }
}
