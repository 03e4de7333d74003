package id.go.madiunkota.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.events.support.RelayOffProfile;
import id.go.madiunkota.events.support.Sql;
import id.go.madiunkota.events.support.TestOrders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Published rows are deleted once older than the retention (7 days by default); pending rows never are. */
@QuarkusTest
@TestProfile(RelayOffProfile.class)
class OutboxRetentionTest {

    @Inject
    TestOrders orders;

    @Inject
    OutboxRelayRunner runner;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Test
    void onlyPublishedRowsPastTheRetentionAreDeleted() throws Exception {
        UUID old = orders.place(UUID.randomUUID(), "OLD").eventId();
        UUID recent = orders.place(UUID.randomUUID(), "RECENT").eventId();
        UUID pendingOld = orders.place(UUID.randomUUID(), "PENDING").eventId();
        QuarkusTransaction.requiringNew().run(() -> {
            setPublished(old, "now() - interval '8 days'");
            setPublished(recent, "now() - interval '6 days'");
            entityManager.createNativeQuery(
                    "UPDATE outbox_event SET created_at = now() - interval '30 days' WHERE id = ?1")
                    .setParameter(1, pendingOld).executeUpdate();
        });

        try {
            int deleted = runner.cleanUp();

            assertThat(deleted).isEqualTo(1);
            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
            assertThat(exists(pendingOld)).as("an unpublished row is kept however old").isTrue();
        } finally {
            // Leave no pending row behind for the other tests of this profile, whose relays would publish it.
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("DELETE FROM outbox_event WHERE id IN (?1, ?2, ?3)")
                    .setParameter(1, old).setParameter(2, recent).setParameter(3, pendingOld).executeUpdate());
        }
    }

    private void setPublished(UUID id, String when) {
        entityManager.createNativeQuery("UPDATE outbox_event SET published_at = " + when + " WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    private boolean exists(UUID id) {
        return Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE id = ?", id) == 1;
    }
}
