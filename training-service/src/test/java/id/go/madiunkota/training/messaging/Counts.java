package id.go.madiunkota.training.messaging;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Counts rows by one id, straight from the database. */
final class Counts {

    private Counts() {
    }

    static long of(DataSource dataSource, String sql, UUID id) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
