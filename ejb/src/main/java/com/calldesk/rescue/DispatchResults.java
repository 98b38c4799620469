package com.calldesk.rescue;

import com.calldesk.messaging.DispatchResultHandler;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The units' answers to rescue dispatch tasks ({@code dispatch.result} on
 * calldesk.dispatch.results, handed here by the messaging room's router): acknowledged with an ETA,
 * refused with a reason, unreachable; then arrived and completed, which close the case. Each is
 * written in the process record and pushed at once to the desk of the agent who notified.
 *
 * <p>A result for a task CallDesk never sent, or one that contradicts what the task already had
 * (arrived after a refusal), can never succeed: it is refused to the dead-letter queue with its
 * reason. The same answer arriving again under another message id changes nothing.
 */
@ApplicationScoped
public class DispatchResults implements DispatchResultHandler {

  private static final Logger LOG = Logger.getLogger(DispatchResults.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private DeskChannel desks;
  @Inject private Clock clock;

  @Override
  public boolean sent(String taskId) {
    return em.createQuery(
                "select count(d) from RescueDispatch d where d.taskId = :task", Long.class)
            .setParameter("task", taskId)
            .getSingleResult()
        > 0;
  }

  /** The payload has passed its schema (outcome enum, ETA with an acknowledgement) before this. */
  @Override
  public void handle(Envelope message) {
    JsonObject p = message.payload();
    String taskId = p.getString("taskId");
    String outcome = p.getString("outcome");
    List<RescueDispatch> found =
        em.createQuery(
                "select d from RescueDispatch d where d.taskId = :task", RescueDispatch.class)
            .setParameter("task", taskId)
            .getResultList();
    if (found.isEmpty()) {
      throw new ContractViolation("no dispatch task " + taskId);
    }
    RescueDispatch d = found.get(0);
    RescueCase rescue = em.find(RescueCase.class, d.getCaseId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(d);
    RescueUnit unit = em.find(RescueUnit.class, d.getUnitId());
    Instant now = clock.instant();
    String detail;
    switch (outcome) {
      case "ACKNOWLEDGED", "REFUSED", "UNREACHABLE" -> {
        DispatchOutcome answer = DispatchOutcome.valueOf(outcome);
        if (d.getOutcome() == answer) {
          LOG.info(() -> "dispatch task " + taskId + " already " + answer + "; nothing to do");
          return;
        }
        if (d.getOutcome() != DispatchOutcome.PENDING) {
          throw new ContractViolation(
              "dispatch task " + taskId + " was already answered " + d.getOutcome());
        }
        Integer eta = p.containsKey("etaMinutes") ? p.getInt("etaMinutes") : null;
        String reason = p.getString("reason", null);
        d.answered(answer, eta, reason, now);
        rescue.moveTo(
            answer == DispatchOutcome.ACKNOWLEDGED ? RescueState.ACKNOWLEDGED : RescueState.OPEN,
            now);
        detail =
            unit.getName()
                + (eta == null ? "" : " · ETA " + eta + " min")
                + (reason == null ? "" : " · " + reason);
      }
      case "ARRIVED" -> {
        if (d.getArrivedAt() != null) {
          LOG.info(() -> "dispatch task " + taskId + " already arrived; nothing to do");
          return;
        }
        if (d.getOutcome() != DispatchOutcome.ACKNOWLEDGED) {
          throw new ContractViolation(
              "dispatch task " + taskId + " is " + d.getOutcome() + ": cannot have arrived");
        }
        d.arrived(now);
        rescue.moveTo(RescueState.ARRIVED, now);
        detail = unit.getName();
      }
      case "COMPLETED" -> {
        if (d.getCompletedAt() != null) {
          LOG.info(() -> "dispatch task " + taskId + " already completed; nothing to do");
          return;
        }
        if (d.getOutcome() != DispatchOutcome.ACKNOWLEDGED) {
          throw new ContractViolation(
              "dispatch task " + taskId + " is " + d.getOutcome() + ": cannot have completed");
        }
        if (d.getArrivedAt() == null) {
          d.arrived(now);
        }
        d.completed(now);
        rescue.moveTo(RescueState.COMPLETED, now);
        detail = unit.getName() + (p.containsKey("reason") ? " · " + p.getString("reason") : "");
      }
      default -> throw new ContractViolation("unknown outcome " + outcome);
    }
    em.flush();
    em.persist(new RescueStep(rescue.getId(), outcome, detail, AuditTrail.SYSTEM, now));
    audit.recordAs(
        AuditTrail.SYSTEM,
        "RESCUE_" + outcome,
        Rescue.SUBJECT,
        rescue.getId(),
        "task " + taskId + ": " + detail);
    JsonObjectBuilder notice =
        Json.createObjectBuilder()
            .add("kind", "rescue")
            .add("caseId", rescue.getId())
            .add("caseNo", rescue.getCaseNo())
            .add("state", rescue.getState().name())
            .add("outcome", outcome)
            .add("unit", unit.getName());
    if (d.getEtaMinutes() != null) {
      notice.add("etaMinutes", d.getEtaMinutes());
    }
    if (d.getReason() != null) {
      notice.add("reason", d.getReason());
    }
    desks.publish(DeskNotice.to(d.getNotifiedBy(), notice.build().toString()));
  }
}
