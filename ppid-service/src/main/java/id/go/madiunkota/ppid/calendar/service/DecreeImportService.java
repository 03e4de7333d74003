package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.common.holiday.HolidayPredictor;
import id.go.madiunkota.common.holiday.PredictedHoliday;
import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.ppid.calendar.api.DecreeBody;
import id.go.madiunkota.ppid.calendar.entity.CalendarChange;
import id.go.madiunkota.ppid.calendar.entity.CalendarDecree;
import id.go.madiunkota.ppid.calendar.entity.CalendarVersion;
import id.go.madiunkota.ppid.calendar.entity.DayKind;
import id.go.madiunkota.ppid.calendar.entity.NonWorkingDay;
import id.go.madiunkota.ppid.calendar.repository.CalendarChangeRepository;
import id.go.madiunkota.ppid.calendar.repository.CalendarDecreeRepository;
import id.go.madiunkota.ppid.calendar.repository.CalendarVersionRepository;
import id.go.madiunkota.ppid.calendar.repository.NonWorkingDayRepository;
import id.go.madiunkota.ppid.calendar.service.CalendarChangedNotice;
import id.go.madiunkota.ppid.calendar.service.CalendarService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Enters a year's joint decree (SKB 3 Menteri) in one transaction: its national holidays and cuti bersama replace the
 * year's predicted (provisional) days and any earlier decree's days (ad-hoc and local days stay unless the decree
 * names their date), the year is marked decreed, one new calendar version, an audit row and a
 * {@code ppid.CalendarChanged} per day that changed, and every open deadline spanning a changed day is recomputed.
 * Entering the same decree again changes nothing (no new version): answered 200 instead of 201.
 */
@ApplicationScoped
public class DecreeImportService {

    private static final Logger LOG = Logger.getLogger(DecreeImportService.class);
    private static final String PREDICTION = "prediction";

    /** What a day of the year is before and after the import. */
    private record Entry(DayKind kind, String name, String source) {
    }

    private final NonWorkingDayRepository days;
    private final CalendarVersionRepository versions;
    private final CalendarChangeRepository changes;
    private final CalendarDecreeRepository decrees;
    private final Outbox outbox;
    private final Event<CalendarChangedNotice> notices;
    private final Clock clock;

    public DecreeImportService(NonWorkingDayRepository days, CalendarVersionRepository versions,
            CalendarChangeRepository changes, CalendarDecreeRepository decrees, Outbox outbox,
            Event<CalendarChangedNotice> notices, Clock clock) {
        this.days = days;
        this.versions = versions;
        this.changes = changes;
        this.decrees = decrees;
        this.outbox = outbox;
        this.notices = notices;
        this.clock = clock;
    }

    /** Enters {@code body} (its fields already checked one by one) for {@code who}, named {@code whoName}. */
    @Transactional
    public DecreeImport enter(DecreeBody body, String who, String whoName) {
        DecreeRules.check(body);
        int year = body.year();
        LocalDate earliest = LocalDate.now(clock).minusYears(CalendarService.EDITABLE_YEARS_BACK);
        if (year < earliest.getYear()) {
            throw DomainException.unprocessable("calendar-date-too-old", LocalDate.of(year, 1, 1), earliest);
        }
        CalendarVersion version = versions.lockForChange();
        String number = body.decreeNumber().strip();
        String source = "SKB 3 Menteri " + number;
        var existing = decrees.findByIdOptional(year);
        Map<LocalDate, Entry> before = before(year, existing.isEmpty());
        Map<LocalDate, Entry> after = after(body, before, source);
        if (existing.isPresent() && existing.get().decreeNumber().equals(number)
                && Objects.equals(existing.get().decreeDate(), body.decreeDate()) && after.equals(before)) {
            return new DecreeImport(existing.get(), false, 0, 0);
        }
        Instant now = clock.instant();
        int next = version.advance(who, whoName, now);
        for (NonWorkingDay stored : days.inYear(year).list()) {
            if (!Objects.equals(after.get(stored.date()), before.get(stored.date()))) {
                days.delete(stored);
            }
        }
        days.flush();
        after.forEach((date, entry) -> {
            if (source.equals(entry.source()) && days.findByIdOptional(date).isEmpty()) {
                days.persist(new NonWorkingDay(date, entry.kind(), entry.name(), source, who, whoName, now));
            }
        });
        CalendarDecree decree = existing.orElseGet(() -> new CalendarDecree(year, number, body.decreeDate(), next, who,
                whoName, now));
        decree.replacedBy(number, body.decreeDate(), next, who, whoName, now);
        decrees.persist(decree);
        int added = 0;
        int removed = 0;
        TreeSet<LocalDate> changed = new TreeSet<>();
        String reason = "Keputusan bersama (SKB 3 Menteri) " + number + " tahun " + year;
        for (LocalDate date : union(before, after)) {
            Entry was = before.get(date);
            Entry is = after.get(date);
            if (is == null) {
                record(CalendarChange.Change.REMOVED, date, was, reason, next, number, who, whoName, now);
                removed++;
            } else if (!is.equals(was)) {
                record(CalendarChange.Change.ADDED, date, is, reason, next, number, who, whoName, now);
                added++;
            } else {
                continue;
            }
            changed.add(date);
        }
        days.flush();
        if (!changed.isEmpty()) {
            notices.fire(new CalendarChangedNotice(changed.first(), "DECREE", String.valueOf(next), changed.last()));
        }
        LOG.infof("Calendar version %d: decree for %d entered, %d day(s) added or changed, %d removed", next, year,
                added, removed);
        return new DecreeImport(decree, true, added, removed);
    }

    /** The decree entered for {@code year}; 404 when the year runs on the prediction. */
    @Transactional
    public CalendarDecree get(int year) {
        return decrees.findByIdOptional(year)
                .orElseThrow(() -> new DomainException(404, "calendar-decree-not-found", year));
    }

    private Map<LocalDate, Entry> before(int year, boolean provisional) {
        Map<LocalDate, Entry> before = new TreeMap<>();
        if (provisional) {
            for (PredictedHoliday day : HolidayPredictor.instance().predict(year)) {
                before.put(day.date(), new Entry(DayKind.NATIONAL_HOLIDAY, day.name(), PREDICTION));
            }
        }
        for (NonWorkingDay day : days.inYear(year).list()) {
            before.put(day.date(), new Entry(day.kind(), day.name(), day.source()));
        }
        return before;
    }

    private static Map<LocalDate, Entry> after(DecreeBody body, Map<LocalDate, Entry> before, String source) {
        Map<LocalDate, Entry> after = new TreeMap<>();
        // ad-hoc and local days are not the decree's: they stay
        before.forEach((date, entry) -> {
            if (entry.kind() == DayKind.AD_HOC || entry.kind() == DayKind.LOCAL) {
                after.put(date, entry);
            }
        });
        body.nationalHolidays().forEach(day -> after.put(day.date(),
                new Entry(DayKind.NATIONAL_HOLIDAY, day.name().strip(), source)));
        body.cutiBersamaOrNone().forEach(day -> after.put(day.date(),
                new Entry(DayKind.CUTI_BERSAMA, day.name().strip(), source)));
        return after;
    }

    private static TreeSet<LocalDate> union(Map<LocalDate, Entry> before, Map<LocalDate, Entry> after) {
        TreeSet<LocalDate> dates = new TreeSet<>(before.keySet());
        dates.addAll(after.keySet());
        return dates;
    }

    private void record(CalendarChange.Change change, LocalDate date, Entry entry, String reason, int version,
            String number, String who, String whoName, Instant now) {
        NonWorkingDay day = new NonWorkingDay(date, entry.kind(), entry.name(), entry.source(), who, whoName, now);
        changes.persist(new CalendarChange(change, day, reason, version, who, whoName, now));
        outbox.add(new CalendarChanged(change.name(), date, entry.kind().name(), String.valueOf(version), reason,
                "DECREED", number), String.valueOf(date.getYear()));
    }
}
