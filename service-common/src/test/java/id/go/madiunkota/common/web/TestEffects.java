package id.go.madiunkota.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** The side effects of the test endpoints: one row each time an endpoint really ran. */
@ApplicationScoped
public class TestEffects {

    /** Holds the slow endpoint until a test opens it. */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    private final DataSource dataSource;

    public TestEffects(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public long record(String label, String createdBy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO idempotency_test_effect (label, created_by) VALUES (?, ?) RETURNING id")) {
            insert.setString(1, label);
            insert.setString(2, createdBy);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitGate() {
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
