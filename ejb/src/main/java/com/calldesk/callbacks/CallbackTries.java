package com.calldesk.callbacks;

import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One try at a task, whoever records it: the agent ({@link Callbacks#record}) or, for an auto-dial
 * nobody answered, the system ({@link CallbackResults}). No answer and busy keep the task for
 * another try, at the time given or after the configured wait, until the attempts run out; every
 * other outcome finishes it. The try is kept (insert-only), audited and the agent's figures pushed.
 */
@ApplicationScoped
class CallbackTries {

  @PersistenceContext private EntityManager em;
  @Inject private CallbackSettings settings;
  @Inject private CallbackNotices notices;
  @Inject private AuditTrail audit;

  /** The caller checked the task is open, locked and current. */
  void record(
      CallbackTask task,
      CallbackOutcome outcome,
      String said,
      Instant retryAt,
      String by,
      Instant now) {
    record(task, outcome, said, retryAt, false, by, now);
  }

  /**
   * @param newTask the try finishes the task whatever its outcome, and a new task follows (the
   *     caller raises it)
   */
  void record(
      CallbackTask task,
      CallbackOutcome outcome,
      String said,
      Instant retryAt,
      boolean newTask,
      String by,
      Instant now) {
    int attemptNo = task.getAttempts() + 1;
    boolean again = !newTask && outcome.retries() && attemptNo < settings.maxAttempts();
    CallbackAttempt.NextStep next;
    if (newTask) {
      task.finish(outcome, by, now);
      next = CallbackAttempt.NextStep.NEW_TASK;
    } else if (again) {
      task.tryAgain(retryAt != null ? retryAt : now.plus(settings.retryAfter()), by, now);
      next = CallbackAttempt.NextStep.RETRY;
    } else {
      task.finish(outcome, by, now);
      next = CallbackAttempt.NextStep.DONE;
    }
    em.persist(
        new CallbackAttempt(
            task.getId(), attemptNo, outcome, said, next, task.getNextTryAt(), by, now));
    em.flush();
    audit.recordAs(
        by,
        "CALLBACK_ATTEMPT",
        Callbacks.SUBJECT,
        task.getId(),
        "#"
            + attemptNo
            + " "
            + outcome
            + " → "
            + next
            + (again ? " at " + task.getNextTryAt() : ""));
    notices.tell(List.of(task.getAssignedToId()), LocalDate.ofInstant(now, settings.zone()));
  }
}
