package id.go.madiunkota.ppid.calendar.repository;

import id.go.madiunkota.ppid.calendar.entity.CalendarChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The calendar's audit trail. */
@ApplicationScoped
public class CalendarChangeRepository implements PanacheRepositoryBase<CalendarChange, UUID> {
}
