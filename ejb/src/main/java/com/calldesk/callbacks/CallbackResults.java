package com.calldesk.callbacks;

import com.calldesk.messaging.InboundMessageHandler;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * What became of an auto-dial ({@code callback.result} on calldesk.callback.results): answered (the
 * customer is put through to the agent), no answer, busy. Kept on the task and pushed at once to
 * the agent. Answered: the agent talks and records the try. No answer or busy: the system records
 * the try itself, and the task is dialled again at the retry time until the attempts run out.
 *
 * <p>A result for a dial CallDesk never asked for, or one contradicting that dial's earlier result,
 * can never succeed: it is refused to the dead-letter queue with its reason. The same result again
 * under another message id changes nothing.
 */
@ApplicationScoped
public class CallbackResults implements InboundMessageHandler {

  private static final Logger LOG = Logger.getLogger(CallbackResults.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private DeskChannel desks;
  @Inject private CallbackTries tries;
  @Inject private AutomaticCalls automatic;
  @Inject private java.time.Clock clock;

  @Override
  public CallDeskQueue queue() {
    return CallDeskQueue.CALLBACK_RESULTS;
  }

  @Override
  public Set<String> types() {
    return Set.of("callback.result");
  }

  /** The payload has passed its schema (outcome one of three) before this. */
  @Override
  public void handle(Envelope message) {
    if (message.version() != 1) {
      throw new ContractViolation(message.type() + " version " + message.version() + " not taken");
    }
    JsonObject p = message.payload();
    String dialId = p.getString("taskId");
    String outcome = p.getString("outcome");
    List<CallbackTask> found =
        em.createQuery("select t from CallbackTask t where t.dialId = :dial", CallbackTask.class)
            .setParameter("dial", dialId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (found.isEmpty()) {
      throw new ContractViolation("no callback dial " + dialId);
    }
    CallbackTask task = found.get(0);
    if (outcome.equals(task.getDialOutcome())) {
      LOG.info(() -> "callback dial " + dialId + " already " + outcome + "; nothing to do");
      return;
    }
    if (task.getDialOutcome() != null) {
      throw new ContractViolation(
          "callback dial " + dialId + " was already answered " + task.getDialOutcome());
    }
    // In SQL: the task's version stays, so the agent's open screen is not made stale by it.
    em.createNativeQuery("UPDATE cd_callback_task SET dial_outcome = ? WHERE id = ?")
        .setParameter(1, outcome)
        .setParameter(2, task.getId())
        .executeUpdate();
    audit.recordAs(
        AuditTrail.SYSTEM, "CALLBACK_DIAL_RESULT", Callbacks.SUBJECT, task.getId(), outcome);
    if (task.getPurpose() != CallbackTask.Purpose.CALLBACK) {
      // A confirmation or reminder: nobody's desk is waiting for it.
      if (task.getState() == CallbackTask.State.AUTO) {
        automatic.resultOf(
            task,
            "ANSWERED".equals(outcome) ? CallbackOutcome.REACHED : CallbackOutcome.valueOf(outcome),
            clock.instant());
      }
      return;
    }
    CallbackOutcome failed = "ANSWERED".equals(outcome) ? null : CallbackOutcome.valueOf(outcome);
    if (failed != null && task.getState() == CallbackTask.State.ASSIGNED) {
      // Nobody answered: the try is recorded for the agent, and the task comes up for the next
      // automatic dial at the retry time (CallbackDay.redialDue) until the attempts run out.
      tries.record(task, failed, null, null, AuditTrail.SYSTEM, clock.instant());
    }
    desks.publish(
        DeskNotice.to(
            task.getAssignedToNo(),
            Json.createObjectBuilder()
                .add("kind", "callback-dial")
                .add("taskId", task.getId())
                .add("outcome", outcome)
                .build()
                .toString()));
  }
}
