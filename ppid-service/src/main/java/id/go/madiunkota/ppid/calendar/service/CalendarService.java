package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.ppid.calendar.api.AddNonWorkingDay;
import id.go.madiunkota.ppid.calendar.entity.CalendarChange;
import id.go.madiunkota.ppid.calendar.entity.CalendarVersion;
import id.go.madiunkota.ppid.calendar.entity.NonWorkingDay;
import id.go.madiunkota.ppid.calendar.repository.CalendarChangeRepository;
import id.go.madiunkota.ppid.calendar.repository.CalendarDecreeRepository;
import id.go.madiunkota.ppid.calendar.repository.CalendarVersionRepository;
import id.go.madiunkota.ppid.calendar.repository.NonWorkingDayRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Reading and changing the working-day calendar. A change is one transaction: the day, the next calendar version, the
 * audit row, the {@code ppid.CalendarChanged} event in the outbox and the {@link CalendarChangedNotice} to the rest of
 * the service; if any of it fails, none of it is saved.
 */
@ApplicationScoped
public class CalendarService {

    /**
     * How far back the calendar may be changed. Deadlines counted on older days are long closed and reported in the
     * annual reports; changing their calendar would only make the records disagree with what was decided then.
     */
    public static final int EDITABLE_YEARS_BACK = 2;

    private static final Logger LOG = Logger.getLogger(CalendarService.class);

    private final NonWorkingDayRepository days;
    private final CalendarVersionRepository versions;
    private final CalendarChangeRepository changes;
    private final Outbox outbox;
    private final Event<CalendarChangedNotice> notices;
    private final Clock clock;
    private final CalendarDecreeRepository decrees;

    public CalendarService(NonWorkingDayRepository days, CalendarVersionRepository versions,
            CalendarChangeRepository changes, Outbox outbox, Event<CalendarChangedNotice> notices, Clock clock,
            CalendarDecreeRepository decrees) {
        this.decrees = decrees;
        this.days = days;
        this.versions = versions;
        this.changes = changes;
        this.outbox = outbox;
        this.notices = notices;
        this.clock = clock;
    }

    /** The non-working days of {@code year}, in date order, one page ({@code page} from 0) at a time. */
    @Transactional
    public YearDays list(int year, int page, int size) {
        PanacheQuery<NonWorkingDay> query = days.inYear(year);
        var items = query.page(Page.of(page, size)).list();
        return new YearDays(new PageView<>(items, page, size, query.count()), yearCalendar(year));
    }

    /** One non-working day; 404 when the day is a working day. */
    @Transactional
    public NonWorkingDay get(LocalDate date) {
        return days.findByIdOptional(date).orElseThrow(() -> notFound(date));
    }

    /** Makes {@code body.date()} a non-working day; 409 when it already is, 422 when it is too far back. */
    @Transactional
    public NonWorkingDay add(AddNonWorkingDay body, String who, String whoName) {
        checkEditable(body.date());
        CalendarVersion version = versions.lockForChange();
        days.findByIdOptional(body.date()).ifPresent(existing -> {
            throw DomainException.conflict("calendar-day-exists", existing.date(), existing.name());
        });
        Instant now = clock.instant();
        NonWorkingDay day = new NonWorkingDay(body.date(), body.kind(), body.name().strip(),
                body.source() == null || body.source().isBlank() ? null : body.source().strip(), who, whoName, now);
        days.persist(day);
        record(CalendarChange.Change.ADDED, day, body.reason().strip(), version.advance(who, whoName, now), who,
                whoName, now);
        return day;
    }

    /** Makes {@code date} a working day again (unless it is a weekend); 404 when it is not a non-working day. */
    @Transactional
    public void remove(LocalDate date, String reason, String who, String whoName) {
        CalendarVersion version = versions.lockForChange();
        NonWorkingDay day = days.findByIdOptional(date).orElseThrow(() -> notFound(date));
        checkEditable(date);
        Instant now = clock.instant();
        days.delete(day);
        record(CalendarChange.Change.REMOVED, day, reason.strip(), version.advance(who, whoName, now), who,
                whoName, now);
    }

    private void record(CalendarChange.Change change, NonWorkingDay day, String reason, int version, String who,
            String whoName, Instant now) {
        String calendarVersion = String.valueOf(version);
        changes.persist(new CalendarChange(change, day, reason, version, who, whoName, now));
        String yearCalendar = yearCalendar(day.date().getYear());
        outbox.add(new CalendarChanged(change.name(), day.date(), day.kind().name(), calendarVersion, reason,
                yearCalendar, null), String.valueOf(day.date().getYear()));
        // Observers may read the calendar with plain SQL: let them see this change.
        days.flush();
        notices.fire(new CalendarChangedNotice(day.date(), change.name(), calendarVersion));
        LOG.infof("Calendar version %s: %s %s (%s)", calendarVersion, day.date(), change, day.kind());
    }

    private String yearCalendar(int year) {
        return decrees.findByIdOptional(year).isPresent() ? "DECREED" : "PROVISIONAL";
    }

    private void checkEditable(LocalDate date) {
        LocalDate earliest = LocalDate.now(clock).minusYears(EDITABLE_YEARS_BACK);
        if (date.isBefore(earliest)) {
            throw DomainException.unprocessable("calendar-date-too-old", date, earliest);
        }
    }

    private static DomainException notFound(LocalDate date) {
        return new DomainException(404, "calendar-day-not-found", date);
    }
}
