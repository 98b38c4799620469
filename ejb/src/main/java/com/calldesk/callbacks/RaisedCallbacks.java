package com.calldesk.callbacks;

import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Callback tasks other rooms raise for an agent to call (a completed trip's follow-up), in the
 * transaction of their own change: the task waits for the hand-out like any other, once per {@code
 * sourceKey}.
 */
@ApplicationScoped
public class RaisedCallbacks {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  /**
   * @return the new task's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Long raise(
      Long customerId,
      CallbackSource source,
      String sourceKey,
      String reason,
      LocalDate dueOn,
      Instant now) {
    CallbackTask task =
        new CallbackTask(
            customerId,
            source,
            sourceKey,
            reason.length() <= 500 ? reason : reason.substring(0, 499) + "…",
            0,
            dueOn,
            null,
            audit.currentActor(),
            now);
    em.persist(task);
    em.flush();
    audit.record(
        "CALLBACK_RAISED",
        Callbacks.SUBJECT,
        task.getId(),
        source + " " + sourceKey + ", due " + dueOn);
    return task.getId();
  }
}
