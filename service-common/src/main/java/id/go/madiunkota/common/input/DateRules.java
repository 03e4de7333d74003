package id.go.madiunkota.common.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one range of dates the services accept from outside, in a body, a path or a query: {@link #MIN} to
 * {@link #MAX}. Dates such as {@code +999999999-12-31} are valid for {@code java.time} but not for PostgreSQL or for
 * any arithmetic on them, so they are refused at the edge with a 400 naming the field. Date-times (with an offset, an
 * instant, or local) must fall on one of those days in UTC.
 */
public final class DateRules {

    /** The first day accepted. */
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

    /** The last day accepted. */
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);

    /** Message key: not a date of the form YYYY-MM-DD. */
    public static final String NOT_A_DATE = "input.date";

    /** Message key: not a date-time of ISO 8601 form. */
    public static final String NOT_A_DATE_TIME = "input.date-time";

    /** Message key: a date or date-time outside {@link #MIN}..{@link #MAX}. */
    public static final String OUT_OF_RANGE = "input.date-range";

    private static final Instant FIRST_INSTANT = MIN.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_INSTANT = MAX.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private DateRules() {
    }

    /** Whether {@code day} lies in the accepted range. */
    public static boolean inRange(LocalDate day) {
        return !day.isBefore(MIN) && !day.isAfter(MAX);
    }

    /** Whether {@code value} (a LocalDate, LocalDateTime, OffsetDateTime or Instant) lies in the accepted range. */
    public static boolean inRange(Object value) {
        return switch (value) {
            case null -> true;
            case LocalDate day -> inRange(day);
            case LocalDateTime time -> inRange(time.toLocalDate());
            case OffsetDateTime time -> inRange(time.toInstant());
            case Instant instant -> !instant.isBefore(FIRST_INSTANT) && instant.isBefore(LAST_INSTANT);
            default -> true;
        };
    }

    /**
     * A {@code YYYY-MM-DD} date from outside: the day, or the message key of what is wrong with the text (see
     * {@link Parsed}).
     */
    public static Parsed<LocalDate> date(String text) {
        return parse(text, LocalDate::parse, NOT_A_DATE);
    }

    /** A date-time of the given type from its ISO 8601 text, checked the same way as {@link #date(String)}. */
    public static <T> Parsed<T> dateTime(String text, Class<T> type) {
        java.util.function.Function<String, Object> parser;
        if (type == OffsetDateTime.class) {
            parser = OffsetDateTime::parse;
        } else if (type == Instant.class) {
            parser = Instant::parse;
        } else if (type == LocalDateTime.class) {
            parser = LocalDateTime::parse;
        } else if (type == LocalDate.class) {
            parser = LocalDate::parse;
        } else {
            throw new IllegalArgumentException("Not a date type: " + type);
        }
        return parse(text, parser.andThen(type::cast)::apply, type == LocalDate.class ? NOT_A_DATE : NOT_A_DATE_TIME);
    }

    private static <T> Parsed<T> parse(String text, java.util.function.Function<String, T> parser, String notOfForm) {
        if (text == null) {
            return new Parsed<>(Optional.empty(), Optional.empty());
        }
        T value;
        try {
            value = parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            return new Parsed<>(Optional.empty(), Optional.of(notOfForm));
        } catch (java.time.DateTimeException e) {
            // a valid form whose value java.time cannot hold, such as an instant beyond its range
            return new Parsed<>(Optional.empty(), Optional.of(OUT_OF_RANGE));
        }
        return inRange(value) ? new Parsed<>(Optional.of(value), Optional.empty())
                : new Parsed<>(Optional.empty(), Optional.of(OUT_OF_RANGE));
    }

    /**
     * The outcome of reading a date from text.
     *
     * @param value the value read, empty when the text was null or wrong
     * @param problem the message key of what is wrong, empty when nothing is
     */
    public record Parsed<T>(Optional<T> value, Optional<String> problem) {
    }
}
