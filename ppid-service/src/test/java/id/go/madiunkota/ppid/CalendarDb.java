package id.go.madiunkota.ppid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** What the calendar tests read and write behind the service's back, over plain JDBC: what was committed. */
public final class CalendarDb {

    private final DataSource dataSource;

    public CalendarDb(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The calendar version in force. */
    public int version() {
        return (int) count("select version from calendar_version where id = 1");
    }

    /** Audit rows about {@code date}. */
    public long auditRows(LocalDate date) {
        return count("select count(*) from calendar_change where date = ?", date);
    }

    /** Outbox rows of {@code ppid.CalendarChanged} about {@code date}. */
    public long changedEvents(LocalDate date) {
        return count("select count(*) from outbox_event where type = 'ppid.CalendarChanged' and payload->>'date' = ?",
                date.toString());
    }

    /** Whether {@code date} is stored as a non-working day. */
    public boolean stored(LocalDate date) {
        return count("select count(*) from non_working_day where date = ?", date) == 1;
    }

    /** The newest {@code ppid.CalendarChanged} about {@code date}: aggregateid and the payload's fields as text. */
    public Map<String, String> lastChangedEvent(LocalDate date) {
        return row("select aggregateid, aggregatetype, payload->>'change' as change, payload->>'kind' as kind,"
                + " payload->>'calendarVersion' as \"calendarVersion\", payload->>'reason' as reason"
                + " from outbox_event where type = 'ppid.CalendarChanged' and payload->>'date' = ?"
                + " order by seq desc limit 1", date.toString());
    }

    /** The first column of the first row of {@code query} as a long (0 when there is no row). */
    public long count(String query, Object... args) {
        Map<String, String> row = row(query, args);
        return row.isEmpty() ? 0 : Long.parseLong(row.values().iterator().next());
    }

    /** Runs an update, as another instance of the service would. */
    public int execute(String statement, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = prepare(connection, statement, args)) {
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** The first row of {@code query}, columns by label, values as text; empty when there is no row. */
    public Map<String, String> row(String query, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = prepare(connection, query, args);
                ResultSet result = prepared.executeQuery()) {
            Map<String, String> row = new LinkedHashMap<>();
            if (result.next()) {
                ResultSetMetaData meta = result.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), result.getString(i));
                }
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            prepared.setObject(i + 1, args[i]);
        }
        return prepared;
    }
}
