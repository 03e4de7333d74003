package id.go.madiunkota.events.support;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A business row of the test application, written in the same transaction as its event. */
@Entity
@Table(name = "test_order")
public class TestOrder {

    @Id
    public UUID id;

    public String note;

    protected TestOrder() {
    }

    public TestOrder(UUID id, String note) {
        this.id = id;
        this.note = note;
    }
}
