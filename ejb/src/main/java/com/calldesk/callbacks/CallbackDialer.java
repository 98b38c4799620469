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
 * caller's transaction: if it rolls back nothing is sent), for the agent's auto-dial and for the
 * automatic re-dial of a task nobody answered.
 */
@ApplicationScoped
class CallbackDialer {

  @PersistenceContext private EntityManager em;
  @Inject private OutboundMessages outbound;
  @Inject private AuditTrail audit;

  /**
   * @param by who dials: the agent, or the system re-dialling
   * @throws BusinessException {@code callback.noPhone} for a customer without a phone number
   */
  void dial(CallbackTask task, String by, Instant now) {
    List<?> found =
        em.createNativeQuery(
                "SELECT c.customer_no, p.phone_number FROM cd_customer c"
                    + " JOIN cd_customer_phone p ON p.customer_id = c.id"
                    + " WHERE c.id = ? ORDER BY p.added_at")
            .setParameter(1, task.getCustomerId())
            .setMaxResults(1)
            .getResultList();
    if (found.isEmpty()) {
      throw new BusinessException("callback.noPhone", null, "no phone for the customer");
    }
    Object[] customer = (Object[]) found.get(0);
    String dialId = UUID.randomUUID().toString();
    task.dialling(dialId, by, now);
    em.flush();
    outbound.send(
        CallDeskQueue.CALLBACK_TASKS,
        new Envelope(
            "callback.task",
            1,
            dialId,
            dialId,
            now,
            Json.createObjectBuilder()
                .add("taskId", dialId)
                .add("callbackId", task.getId())
                .add("customerNo", (String) customer[0])
                .add("phone", (String) customer[1])
                .add("agentNo", task.getAssignedToNo())
                .add("reason", task.getReason())
                .build()),
        "CB" + task.getId());
    audit.recordAs(by, "CALLBACK_DIALLED", Callbacks.SUBJECT, task.getId(), "dial " + dialId);
  }
}
