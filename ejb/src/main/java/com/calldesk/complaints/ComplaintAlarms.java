package com.calldesk.complaints;

import com.calldesk.customers.CustomerCalled;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import com.calldesk.shared.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What happens to complaints without anyone pressing a button: cases coming close to their due time
 * and cases past it are flagged once each and escalated to the author's supervisor (their info bar,
 * live); a case waiting on the customer resumes when the customer calls again.
 */
@ApplicationScoped
public class ComplaintAlarms {

  /** Instants bound into native SQL as the entities store them: UTC. */
  private static final UtcInstantConverter UTC = new UtcInstantConverter();

  /** Cases flagged per sweep; the next sweep takes the rest. */
  static final int BATCH = 200;

  @PersistenceContext private EntityManager em;
  @Inject private ComplaintSettings settings;
  @Inject private ComplaintCounts counts;
  @Inject private AuditTrail audit;
  @Inject private DeskChannel desks;
  @Inject private Clock clock;
  @Inject private com.calldesk.security.EmployeeRepository employees;

  public enum Level {
    DUE_SOON,
    OVERDUE
  }

  /**
   * Flags the cases that came due soon or went past due by {@code now}, each once.
   *
   * @return how many were flagged
   */
  @Transactional
  public int sweep(Instant at) {
    Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    int flagged = 0;
    for (Complaint c : candidates("c.escalatedAt is null and c.dueAt < :now", now)) {
      if (mark("escalated_at", c, now)) {
        alert(c, Level.OVERDUE, ComplaintStep.ESCALATED, now);
        flagged++;
      }
    }
    for (Complaint c :
        candidates(
            "c.warnedAt is null and c.escalatedAt is null and c.dueAt >= :now and c.dueAt < :soon",
            now)) {
      if (mark("warned_at", c, now)) {
        alert(c, Level.DUE_SOON, ComplaintStep.DUE_SOON, now);
        flagged++;
      }
    }
    return flagged;
  }

  /** The customer called again: their complaints waiting on them resume, the clock runs again. */
  void customerCalled(@Observes CustomerCalled called) {
    List<Complaint> waiting =
        em.createQuery(
                "select c from Complaint c where c.customerId = :customer and c.state = :waiting",
                Complaint.class)
            .setParameter("customer", called.customerId())
            .setParameter("waiting", ComplaintState.WAITING_ON_CUSTOMER)
            .getResultList();
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    for (Complaint c : waiting) {
      ComplaintState from = c.getState();
      counts.add(c, -1);
      c.move(ComplaintAction.RESUME, AuditTrail.SYSTEM, now);
      counts.add(c, 1);
      em.persist(
          new ComplaintStep(
              c.getId(),
              ComplaintAction.RESUME.name(),
              from,
              c.getState(),
              "customer called (" + called.callId() + ")",
              AuditTrail.SYSTEM,
              now));
      audit.recordAs(
          AuditTrail.SYSTEM,
          "COMPLAINT_RESUME",
          Complaints.SUBJECT,
          c.getId(),
          "customer called, call " + called.callId());
    }
  }

  private List<Complaint> candidates(String condition, Instant now) {
    var query =
        em.createQuery(
                "select c from Complaint c where c.state in :open and c.pausedSince is null and "
                    + condition
                    + " order by c.dueAt",
                Complaint.class)
            .setParameter("open", Complaints.openStates())
            .setParameter("now", now);
    if (condition.contains(":soon")) {
      query.setParameter("soon", now.plus(settings.dueSoon()));
    }
    return query.setMaxResults(BATCH).getResultList();
  }

  /**
   * Sets the flag in SQL, which leaves the version alone (a JPQL bulk update would raise it): an
   * agent's open screen is not made stale by the clock. Only one sweep wins a case.
   *
   * @param column escalated_at or warned_at, a constant of this class
   */
  private boolean mark(String column, Complaint c, Instant now) {
    return em.createNativeQuery(
                "UPDATE cd_complaint SET "
                    + column
                    + " = ? WHERE id = ? AND "
                    + column
                    + " IS NULL")
            .setParameter(1, UTC.convertToDatabaseColumn(now))
            .setParameter(2, c.getId())
            .executeUpdate()
        == 1;
  }

  private void alert(Complaint c, Level level, String step, Instant now) {
    em.persist(
        new ComplaintStep(
            c.getId(), step, null, c.getState(), "due " + c.getDueAt(), AuditTrail.SYSTEM, now));
    audit.recordAs(
        AuditTrail.SYSTEM,
        "COMPLAINT_" + step,
        Complaints.SUBJECT,
        c.getId(),
        c.getComplaintNo() + " due " + c.getDueAt());
    String recipient = employees.supervisorNoOf(c.getAgentNo()).orElse(c.getAgentNo());
    desks.publish(
        DeskNotice.to(
            recipient,
            jakarta.json.Json.createObjectBuilder()
                .add("kind", "complaint-alert")
                .add("level", level.name())
                .add("complaintId", c.getId())
                .add("complaintNo", c.getComplaintNo())
                .add("agentNo", c.getAgentNo())
                .add("dueAt", c.getDueAt().toEpochMilli())
                .build()
                .toString()));
  }
}
