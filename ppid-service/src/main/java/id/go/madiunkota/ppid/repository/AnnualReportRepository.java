package id.go.madiunkota.ppid.repository;

import id.go.madiunkota.ppid.entity.Channel;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.DisputeOutcome;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import id.go.madiunkota.ppid.entity.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate queries of the annual report, one method per query, each over the requests received (or objections
 * filed) from {@code from} to {@code to}, both inclusive.
 */
@ApplicationScoped
public class AnnualReportRepository {

    /** How many requests were received, and how many of them were extended. */
    public record RequestTotals(long total, long extended) {
    }

    /** How many requests ended with {@code outcome} (null: none yet) while in {@code status}. */
    public record OutcomeCount(DecisionOutcome outcome, RequestStatus status, long count) {
    }

    /** The days that measure a decided request's time. */
    public record DecidedDates(LocalDate receivedOn, LocalDate decidedOn, LocalDate dueDate) {
    }

    /** How many objections have {@code outcome} (null: undecided), and how many of them went to dispute. */
    public record ObjectionCount(ObjectionOutcome outcome, long count, long disputes) {
    }

    private final EntityManager em;

    public AnnualReportRepository(EntityManager em) {
        this.em = em;
    }

    public RequestTotals requestTotals(LocalDate from, LocalDate to) {
        Object[] row = em.createQuery("select count(r), count(r.deadline.extendedOn) from InformationRequest r "
                + "where r.deadline.receivedOn between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new RequestTotals((Long) row[0], (Long) row[1]);
    }

    /** Requests by channel; a channel without requests is missing. */
    public Map<Channel, Long> requestsByChannel(LocalDate from, LocalDate to) {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        em.createQuery("select r.channel, count(r) from InformationRequest r "
                + "where r.deadline.receivedOn between :from and :to group by r.channel", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> counts.put((Channel) row[0], (Long) row[1]));
        return counts;
    }

    public List<OutcomeCount> requestsByOutcome(LocalDate from, LocalDate to) {
        return em.createQuery("select r.decision.outcome, r.status, count(r) from InformationRequest r "
                + "where r.deadline.receivedOn between :from and :to group by r.decision.outcome, r.status",
                Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new OutcomeCount((DecisionOutcome) row[0], (RequestStatus) row[1], (Long) row[2]))
                .toList();
    }

    /** How often each exemption ground was cited in rejections and partial grants; uncited grounds are missing. */
    public Map<ExemptionGround, Long> citedGrounds(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.code, count(*) from information_request r "
                + "cross join lateral unnest(string_to_array(r.exemption_grounds, ',')) as g(code) "
                + "where r.received_on between :from and :to "
                + "and r.decision_outcome in ('REJECTED', 'PARTIALLY_GRANTED') group by g.code")
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<ExemptionGround, Long> counts = new EnumMap<>(ExemptionGround.class);
        rows.forEach(row -> counts.put(ExemptionGround.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    public List<DecidedDates> decidedDates(LocalDate from, LocalDate to) {
        return em.createQuery("select r.deadline.receivedOn, r.decision.decidedOn, r.deadline.dueDate "
                + "from InformationRequest r where r.deadline.receivedOn between :from and :to "
                + "and r.decision.decidedOn is not null", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new DecidedDates((LocalDate) row[0], (LocalDate) row[1], (LocalDate) row[2]))
                .toList();
    }

    public List<ObjectionCount> objectionsByOutcome(LocalDate from, LocalDate to) {
        return em.createQuery("select o.outcome, count(o), count(o.dispute.filedOn) from Objection o "
                + "where o.filedOn between :from and :to group by o.outcome", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new ObjectionCount((ObjectionOutcome) row[0], (Long) row[1], (Long) row[2]))
                .toList();
    }

    /** Disputes on the objections filed in the period by the commission's outcome; the key null counts pending ones. */
    public Map<DisputeOutcome, Long> disputesByOutcome(LocalDate from, LocalDate to) {
        Map<DisputeOutcome, Long> counts = new java.util.HashMap<>();
        em.createQuery("select o.dispute.outcome, count(o) from Objection o where o.filedOn between :from and :to "
                + "and o.dispute.filedOn is not null group by o.dispute.outcome", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> counts.merge((DisputeOutcome) row[0], (Long) row[1], Long::sum));
        return counts;
    }
}
