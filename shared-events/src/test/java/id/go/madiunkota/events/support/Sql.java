package id.go.madiunkota.events.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One-line reads of the test database over plain JDBC, to check what was committed. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row of {@code query} as a long (0 when there is no row). */
    public static long count(DataSource dataSource, String query, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
