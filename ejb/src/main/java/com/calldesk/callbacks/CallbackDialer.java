package com.calldesk.callbacks;

import com.calldesk.messaging.OutboundMessages;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends a task to the telephone side to dial ({@code callback.task} on the callback queue, in the
 * caller's transaction: if it rolls back nothing is sent), for the agent's auto-dial, for the
 * automatic re-dial of a task nobody answered, and for automatic tasks (version 2: confirmations
 * and reminders the telephone side plays without an agent).
 */
@ApplicationScoped
class CallbackDialer {

  @PersistenceContext private EntityManager em;
  @Inject private OutboundMessages outbound;
  @Inject private AuditTrail audit;

  /** The customer's number and first phone, if they have a phone. */
  java.util.Optional<Object[]> contactOf(Long customerId) {
    List<?> found =
        em.createNativeQuery(
                "SELECT c.customer_no, p.phone_number FROM cd_customer c"
                    + " JOIN cd_customer_phone p ON p.customer_id = c.id"
                    + " WHERE c.id = ? ORDER BY p.added_at")
            .setParameter(1, customerId)
            .setMaxResults(1)
            .getResultList();
    return found.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of((Object[]) found.get(0));
  }

  /**
   * @param by who dials: the agent, or the system re-dialling
   * @throws BusinessException {@code callback.noPhone} for a customer without a phone number
   */
  void dial(CallbackTask task, String by, Instant now) {
    Object[] customer =
        contactOf(task.getCustomerId())
            .orElseThrow(
                () -> new BusinessException("callback.noPhone", null, "no phone for the customer"));
    String dialId = UUID.randomUUID().toString();
    task.dialling(dialId, by, now);
    em.flush();
    boolean automatic = task.getPurpose() != CallbackTask.Purpose.CALLBACK;
    var payload =
        Json.createObjectBuilder()
            .add("taskId", dialId)
            .add("callbackId", task.getId())
            .add("customerNo", (String) customer[0])
            .add("phone", (String) customer[1]);
    if (automatic) {
      // Version 2: no agent; the telephone side plays the text.
      payload.add("purpose", task.getPurpose().name()).add("text", task.getReason());
    } else {
      payload.add("agentNo", task.getAssignedToNo()).add("reason", task.getReason());
    }
    outbound.send(
        CallDeskQueue.CALLBACK_TASKS,
        new Envelope("callback.task", automatic ? 2 : 1, dialId, dialId, now, payload.build()),
        "CB" + task.getId());
    audit.recordAs(by, "CALLBACK_DIALLED", Callbacks.SUBJECT, task.getId(), "dial " + dialId);
  }
}
