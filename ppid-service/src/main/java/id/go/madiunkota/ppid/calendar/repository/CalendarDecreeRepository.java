package id.go.madiunkota.ppid.calendar.repository;

import id.go.madiunkota.ppid.calendar.entity.CalendarDecree;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The decrees entered, one per year. */
@ApplicationScoped
public class CalendarDecreeRepository implements PanacheRepositoryBase<CalendarDecree, Integer> {
}
