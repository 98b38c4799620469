package com.calldesk.workorders;

import com.calldesk.messaging.DispatchResultHandler;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The work areas' answers to work-order dispatch tasks ({@code dispatch.result}): ACKNOWLEDGED (the
 * area took it), REFUSED (misdispatched: sent back with the area's reason), UNREACHABLE (sent back
 * so it can be dispatched again), ARRIVED (in progress), COMPLETED (waits for its audit). Each is
 * written in the order's history as the system.
 *
 * <p>An answer about a dispatch that was superseded (the order was dispatched again since) is
 * written in the history and changes nothing else. The same answer again changes nothing; an answer
 * contradicting the dispatch's earlier one can never succeed and is dead-lettered.
 */
@ApplicationScoped
class WorkOrderResults implements DispatchResultHandler {

  private static final Logger LOG = Logger.getLogger(WorkOrderResults.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private WorkOrderSteps steps;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public boolean sent(String taskId) {
    return em.find(WorkOrderDispatch.class, taskId) != null;
  }

  @Override
  public void handle(Envelope message) {
    JsonObject p = message.payload();
    String taskId = p.getString("taskId");
    String outcome = p.getString("outcome");
    WorkOrderDispatch d = em.find(WorkOrderDispatch.class, taskId);
    WorkOrder w = em.find(WorkOrder.class, d.getWorkOrderId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(d);
    if (outcome.equals(d.getOutcome())) {
      LOG.info(() -> "work-order task " + taskId + " already " + outcome + "; nothing to do");
      return;
    }
    boolean firstAnswer = "PENDING".equals(d.getOutcome());
    boolean follows =
        "ACKNOWLEDGED".equals(d.getOutcome())
                && ("ARRIVED".equals(outcome) || "COMPLETED".equals(outcome))
            || "ARRIVED".equals(d.getOutcome()) && "COMPLETED".equals(outcome);
    if (!firstAnswer && !follows) {
      throw new ContractViolation(
          "work-order task " + taskId + " was already answered " + d.getOutcome());
    }
    Instant now = clock.instant();
    d.answered(outcome, now);
    String reason = p.getString("reason", null);
    String detail =
        outcome
            + (p.containsKey("etaMinutes") ? " · ETA " + p.getInt("etaMinutes") + " min" : "")
            + (reason == null ? "" : " · " + reason);
    if (!taskId.equals(w.getTaskId()) || !w.getState().active()) {
      em.flush();
      steps.add(w, "LATE_RESULT", detail, AuditTrail.SYSTEM, now);
      return;
    }
    String action = "AREA_" + outcome;
    switch (outcome) {
      case "REFUSED", "UNREACHABLE" -> {
        if (w.getState().allows(WorkOrderState.Action.SEND_BACK)) {
          w.sentBack(reason != null ? reason : outcome, AuditTrail.SYSTEM, now);
          action = "SENT_BACK";
        }
      }
      case "ARRIVED" -> {
        if (w.getState().allows(WorkOrderState.Action.PROCESS)) {
          w.move(WorkOrderState.Action.PROCESS, AuditTrail.SYSTEM, now);
        }
      }
      case "COMPLETED" -> {
        if (w.getState().allows(WorkOrderState.Action.COMPLETE)) {
          w.move(WorkOrderState.Action.COMPLETE, AuditTrail.SYSTEM, now);
          if (reason != null) {
            w.handled(reason);
          }
          action = "COMPLETED";
        }
      }
      default -> {
        // ACKNOWLEDGED: the area took it; the order stays dispatched
      }
    }
    em.flush();
    steps.add(w, action, detail, AuditTrail.SYSTEM, now);
    audit.recordAs(
        AuditTrail.SYSTEM,
        "WORK_ORDER_" + action,
        WorkOrders.SUBJECT,
        w.getId(),
        "task " + taskId + ": " + detail);
  }
}
