package id.go.madiunkota.common.web;

import id.go.madiunkota.common.input.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The days a report covers ({@code ?from=2026-01-01&to=2026-12-31}), read the same way by every report endpoint:
 * {@code report(@BeanParam PeriodParams period)}, then {@code period.period(config.zone())}. The dates are read by
 * {@link id.go.madiunkota.common.input.BoundedParamConverters} (a malformed one is a 400 naming it); a missing one is
 * a 400 naming it; the period is checked by {@link ReportPeriod#of} (at most {@link ReportPeriod#MAX_DAYS} days).
 */
public class PeriodParams {

    @QueryParam("from")
    @Parameter(description = "First day of the period (YYYY-MM-DD), inclusive", required = true)
    LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Last day of the period (YYYY-MM-DD), inclusive; at most 366 days after from",
            required = true)
    LocalDate to;

    public PeriodParams() {
    }

    /** The period {@code from} to {@code to}, as a service or a test names it without a request. */
    public static PeriodParams of(LocalDate from, LocalDate to) {
        PeriodParams params = new PeriodParams();
        params.from = from;
        params.to = to;
        return params;
    }

    /** The first day as given, possibly null. */
    public LocalDate from() {
        return from;
    }

    /** The last day as given, possibly null. */
    public LocalDate to() {
        return to;
    }

    /** The checked period in the office's time zone {@code zone}; a 400 naming {@code from} or {@code to} if not. */
    public ReportPeriod period(ZoneId zone) {
        if (from == null) {
            throw new InvalidParameterException("from", "input.required");
        }
        if (to == null) {
            throw new InvalidParameterException("to", "input.required");
        }
        return ReportPeriod.of(from, to, zone);
    }
}
