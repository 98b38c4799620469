package com.calldesk.callbacks;

import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Confirmations, reminders and follow-ups the telephone side dials and plays without an agent
 * (callback tasks of state AUTO, sent as {@code callback.task} version 2). Other rooms raise them
 * in the transaction of their own change (an appointment booked raises its confirmation and its
 * reminder), so the task exists exactly when the change does. One due today is dialled at once, in
 * that same transaction; later ones are dialled by {@link CallbackTimer} on their day. Nothing is
 * dialled outside the automatic-dial hours ({@code calldesk.callbacks.auto-dial-from}/{@code
 * -until}, 09:00–20:00): a task due then waits for the next minute inside them. No answer or busy
 * dials again after the configured wait until the attempts run out.
 */
@ApplicationScoped
public class AutomaticCalls {

  private static final Logger LOG = Logger.getLogger(AutomaticCalls.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CallbackDialer dialer;
  @Inject private CallbackSettings settings;
  @Inject private AuditTrail audit;

  /**
   * Raises an automatic task, once per {@code sourceKey}.
   *
   * @param text what the telephone side plays to the customer (at most 500 characters)
   * @return the task's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Long raise(
      Long customerId,
      CallbackSource source,
      String sourceKey,
      CallbackTask.Purpose purpose,
      String text,
      LocalDate dueOn,
      Instant now) {
    String by = audit.currentActor();
    CallbackTask task =
        CallbackTask.automatic(
            customerId,
            source,
            sourceKey,
            purpose,
            text.length() <= 500 ? text : text.substring(0, 499) + "…",
            dueOn,
            by,
            now);
    em.persist(task);
    em.flush();
    audit.record(
        "CALLBACK_RAISED",
        Callbacks.SUBJECT,
        task.getId(),
        purpose + " " + sourceKey + ", due " + dueOn);
    if (!dueOn.isAfter(LocalDate.ofInstant(now, settings.zone())) && settings.autoDialHours(now)) {
      dial(task, by, now);
    }
    return task.getId();
  }

  /** Withdraws the automatic task raised under {@code sourceKey} if it is still to be dialled. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void withdraw(String sourceKey, Instant now) {
    for (CallbackTask task :
        em.createQuery("select t from CallbackTask t where t.sourceKey = :key", CallbackTask.class)
            .setParameter("key", sourceKey)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      if (task.getState() == CallbackTask.State.AUTO) {
        task.withdraw(audit.currentActor(), now);
        audit.record("CALLBACK_WITHDRAWN", Callbacks.SUBJECT, task.getId(), sourceKey);
      }
    }
  }

  /**
   * Dials the automatic tasks that are due: their day has come and they were never dialled, or a
   * dial nobody answered waits for its retry time. At most 50 per run; the rest follow next minute.
   *
   * @return how many were sent
   */
  @Transactional
  public int dialDue(Instant now) {
    if (!settings.autoDialHours(now)) {
      return 0;
    }
    LocalDate today = LocalDate.ofInstant(now, settings.zone());
    List<?> due =
        em.createNativeQuery(
                "SELECT id FROM cd_callback_task WHERE state = 'AUTO' AND due_on <= ?"
                    + " AND (dial_id IS NULL OR (dial_outcome IN ('NO_ANSWER', 'BUSY')"
                    + " AND next_try_at <= ?)) ORDER BY due_on, id")
            .setParameter(1, java.sql.Date.valueOf(today))
            .setParameter(2, UtcInstantConverter.timestamp(now))
            .setMaxResults(50)
            .getResultList();
    int sent = 0;
    for (Object id : due) {
      CallbackTask task =
          em.find(CallbackTask.class, ((Number) id).longValue(), LockModeType.PESSIMISTIC_WRITE);
      em.refresh(task);
      if (task.getState() != CallbackTask.State.AUTO
          || task.getDialId() != null
              && (task.getNextTryAt() == null || task.getNextTryAt().isAfter(now))) {
        continue; // changed meanwhile
      }
      dial(task, AuditTrail.SYSTEM, now);
      sent++;
    }
    return sent;
  }

  /** A dial's result: reached finishes the task; no answer or busy waits, then dials again. */
  void resultOf(CallbackTask task, CallbackOutcome outcome, Instant now) {
    Instant retryAt =
        outcome.retries() && task.getAttempts() + 1 < settings.maxAttempts()
            ? now.plus(settings.retryAfter())
            : null;
    task.automaticResult(outcome, retryAt, AuditTrail.SYSTEM, now);
    audit.recordAs(
        AuditTrail.SYSTEM,
        "CALLBACK_AUTO_RESULT",
        Callbacks.SUBJECT,
        task.getId(),
        outcome + (retryAt == null ? "" : ", again at " + retryAt));
  }

  private void dial(CallbackTask task, String by, Instant now) {
    if (dialer.contactOf(task.getCustomerId()).isEmpty()) {
      // Nothing to dial: the task ends as a wrong number, and the change it belongs to stands.
      LOG.info(() -> "automatic task " + task.getId() + ": the customer has no phone");
      task.automaticResult(CallbackOutcome.WRONG_NUMBER, null, by, now);
      audit.recordAs(by, "CALLBACK_AUTO_RESULT", Callbacks.SUBJECT, task.getId(), "no phone");
      return;
    }
    dialer.dial(task, by, now);
  }
}
