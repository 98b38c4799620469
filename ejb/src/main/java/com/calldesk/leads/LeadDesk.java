package com.calldesk.leads;

import com.calldesk.security.Employee;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.SerialNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Leads themselves, for every way in (an agent's screen, a supervisor's entry, the owner system's
 * message, the chaser): forwarding to the region's owner, the owner's result, chasing. Each step is
 * in the history and the audit log, and the owner's system hears of it ({@link LeadMoved}).
 */
@ApplicationScoped
public class LeadDesk {

  static final String SUBJECT = "Lead";

  @PersistenceContext private EntityManager em;
  @Inject private SerialNumbers serials;
  @Inject private AuditTrail audit;
  @Inject private Event<LeadMoved> moved;

  /**
   * Records the lead and forwards it to its region's owner.
   *
   * @throws InvalidInput listing every field that is wrong
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Lead open(NewLead raw, Long callRowId, Employee author, Instant now) {
    NewLead in =
        new NewLead(
            raw.customerId(),
            raw.callId(),
            raw.regionCode(),
            InvalidInput.clean(raw.need()),
            raw.interest(),
            raw.timing());
    SalesRegion region =
        in.regionCode() == null ? null : em.find(SalesRegion.class, in.regionCode());
    new InvalidInput.Check()
        .require(in.customerId() != null, "customer", "lead.noCustomer")
        .require(region != null && region.isActive(), "region", "lead.badRegion")
        .text(in.need(), true, 1000, "need")
        .require(in.interest() != null, "interest", "input.required")
        .require(in.timing() != null, "timing", "input.required")
        .throwIfAny();
    Lead lead =
        new Lead(
            String.format("XS%08d", serials.next(SerialNumbers.LEAD_NO)),
            in.customerId(),
            callRowId,
            in,
            author.getId(),
            author.getEmployeeNo(),
            now);
    em.persist(lead);
    em.flush();
    String to = region.getOwnerName() + " (" + region.getOwnerSystem() + ")";
    step(lead, "FORWARDED", to, now);
    audit.record("LEAD_FORWARDED", SUBJECT, lead.getId(), lead.getLeadNo() + " to " + to);
    moved.fire(new LeadMoved(lead.getId(), "FORWARDED"));
    return lead;
  }

  /**
   * The owner's result, entered by a supervisor or reported by the owner's system.
   *
   * @throws BusinessException {@code lead.closed} after a final result (won or lost)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void report(Lead lead, LeadResult result, String rawNote, String by, Instant now) {
    String note = InvalidInput.clean(rawNote);
    new InvalidInput.Check()
        .require(result != null, "result", "input.required")
        .text(note, false, 1000, "resultNote")
        .throwIfAny();
    if (lead.isClosed()) {
      throw new BusinessException(
          "lead.closed",
          null,
          "lead " + lead.getLeadNo() + " is " + lead.getResult(),
          lead.getResult().name());
    }
    lead.reported(result, note, by, now);
    em.flush();
    step(lead, "REPORTED", result + (note == null ? "" : ": " + note), by, now);
    audit.recordAs(by, "LEAD_REPORTED", SUBJECT, lead.getId(), result.name());
    moved.fire(new LeadMoved(lead.getId(), "REPORTED"));
  }

  /**
   * Chases the open leads whose owners are late with feedback: once when the region's feedback time
   * has passed, and again each time that much more has passed. At most 200 per run.
   *
   * @return how many were chased
   */
  @Transactional
  public int chase(Instant now) {
    List<Object[]> late =
        em.createQuery(
                "select l, r.feedbackHours from Lead l, SalesRegion r where r.code = l.regionCode"
                    + " and l.state = :open order by l.forwardedAt",
                Object[].class)
            .setParameter("open", Lead.State.OPEN)
            .setMaxResults(2000)
            .getResultList();
    int chased = 0;
    for (Object[] x : late) {
      Lead l = (Lead) x[0];
      Duration wait = Duration.ofHours(((Number) x[1]).intValue());
      Instant last = l.getLastChasedAt() != null ? l.getLastChasedAt() : l.getForwardedAt();
      if (last.plus(wait).isAfter(now) || chased >= 200) {
        continue;
      }
      Lead locked = em.find(Lead.class, l.getId(), LockModeType.PESSIMISTIC_WRITE);
      em.refresh(locked);
      if (locked.getState() != Lead.State.OPEN) {
        continue;
      }
      locked.chased(now);
      em.flush();
      step(locked, "CHASED", "#" + locked.getChaseCount(), AuditTrail.SYSTEM, now);
      audit.recordAs(
          AuditTrail.SYSTEM, "LEAD_CHASED", SUBJECT, locked.getId(), "#" + locked.getChaseCount());
      moved.fire(new LeadMoved(locked.getId(), "CHASED"));
      chased++;
    }
    return chased;
  }

  void step(Lead lead, String action, String detail, Instant at) {
    step(lead, action, detail, audit.currentActor(), at);
  }

  void step(Lead lead, String action, String detail, String by, Instant at) {
    em.persist(new LeadStep(lead.getId(), action, detail, by, at));
  }
}
