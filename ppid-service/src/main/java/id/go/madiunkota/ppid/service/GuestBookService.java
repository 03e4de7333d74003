package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.api.GuestBookBodies;
import id.go.madiunkota.ppid.entity.GuestBookEntry;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.repository.GuestBookRepository;
import id.go.madiunkota.ppid.repository.RequestRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The PPID guest book (buku tamu): officers record walk-in visitors and link an entry to the request the visitor
 * filed; staff read it by day. Logs carry entry ids and registration numbers only, never names or phones.
 */
@ApplicationScoped
public class GuestBookService {

    private static final Logger LOG = Logger.getLogger(GuestBookService.class);

    private final GuestBookRepository entries;
    private final RequestRepository requests;
    private final Clock clock;

    public GuestBookService(GuestBookRepository entries, RequestRepository requests, Clock clock) {
        this.entries = entries;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public GuestBookEntry sign(GuestBookBodies.NewEntry body, Caller officer) {
        Instant now = clock.instant();
        Instant visitedAt = body.visitedAt() != null ? body.visitedAt().toInstant() : now;
        if (visitedAt.isAfter(now)) {
            throw InvalidInputException.of("visitedAt", "guestbook.visited-at-future");
        }
        InformationRequest request = body.requestId() == null ? null : existing(body.requestId());
        GuestBookEntry entry = GuestBookEntry.sign(body.visitorName().trim(), blankToNull(body.organization()),
                blankToNull(body.phone()), body.purpose().trim(), visitedAt, request, Access.actor(officer),
                now);
        entries.persist(entry);
        LOG.infof("Guest book entry %s recorded%s", entry.id(),
                request == null ? "" : " for request " + request.registrationNumber());
        return entry;
    }

    @Transactional
    public GuestBookEntry link(UUID id, UUID requestId) {
        GuestBookEntry entry = find(id);
        InformationRequest request = existing(requestId);
        entry.linkTo(request);
        LOG.infof("Guest book entry %s linked to request %s", id, request.registrationNumber());
        return entry;
    }

    @Transactional
    public GuestBookEntry get(UUID id) {
        return loaded(find(id));
    }

    /** Entries visited from {@code from} to {@code to} (office days, inclusive; null: open), newest first. */
    @Transactional
    public PageView<GuestBookEntry> list(LocalDate from, LocalDate to, int page, int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("to", "guestbook.range");
        }
        Instant start = from == null ? null : from.atStartOfDay(clock.getZone()).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        PanacheQuery<GuestBookEntry> query = entries.search(start, until, page, size);
        return new PageView<>(query.list().stream().map(GuestBookService::loaded).toList(), page, size,
                query.count());
    }

    private GuestBookEntry find(UUID id) {
        return entries.findByIdOptional(id).orElseThrow(() -> Missing.GUEST_BOOK_ENTRY.notFound(id));
    }

    /** A request the entry may point to; an unknown one is a broken rule of the body (422), not a missing path. */
    private InformationRequest existing(UUID requestId) {
        return requests.findByIdOptional(requestId)
                .orElseThrow(() -> DomainException.unprocessable("guestbook.request-unknown", requestId));
    }

    /** The entry with its linked request read, so that it can be shown after the transaction. */
    private static GuestBookEntry loaded(GuestBookEntry entry) {
        if (entry.request() != null) {
            entry.request().registrationNumber(); // reads the lazy proxy
        }
        return entry;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
