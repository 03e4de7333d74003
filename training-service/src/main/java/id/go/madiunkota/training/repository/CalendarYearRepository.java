package id.go.madiunkota.training.repository;

import id.go.madiunkota.training.entity.CalendarYear;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** What each year of the local calendar copy runs on. */
@ApplicationScoped
public class CalendarYearRepository implements PanacheRepositoryBase<CalendarYear, Integer> {

    /** Whether {@code year}'s decree is in the copy; without it the year runs on the predicted holidays. */
    public boolean decreed(int year) {
        return findByIdOptional(year).map(CalendarYear::decreed).orElse(false);
    }
}
