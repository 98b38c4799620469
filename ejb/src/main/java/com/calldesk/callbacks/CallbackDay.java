package com.calldesk.callbacks;

import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The day's callback work, for the daily timer and for the services: tasks the rules call for,
 * yesterday's unfinished tasks moved on to today, and the hand-out within today's quotas.
 */
@ApplicationScoped
public class CallbackDay {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private CallbackNotices notices;
  @Inject private CallbackDialer dialer;
  @Inject private com.calldesk.shared.DeskChannel desks;

  /** Everything, in order: rules, rollover, hand-out. */
  @Transactional
  public void run(LocalDate today, Instant now) {
    raiseFromRules(today, now);
    rollOver(today, now);
    handOut(today, now);
  }

  /**
   * Unfinished tasks of earlier days move to today's list of the same agent, counted in {@code
   * rolled_over} (the list shows it) and audited.
   *
   * @return how many moved
   */
  @Transactional
  public int rollOver(LocalDate today, Instant now) {
    List<CallbackTask> old =
        em.createQuery(
                "select t from CallbackTask t where t.state = :assigned and t.assignedOn < :today",
                CallbackTask.class)
            .setParameter("assigned", CallbackTask.State.ASSIGNED)
            .setParameter("today", today)
            .getResultList();
    for (CallbackTask t : old) {
      t.rollOver(today, AuditTrail.SYSTEM, now);
      audit.recordAs(
          AuditTrail.SYSTEM,
          "CALLBACK_ROLLED_OVER",
          Callbacks.SUBJECT,
          t.getId(),
          "to " + today + " for " + t.getAssignedToNo());
    }
    notices.tell(old.stream().map(CallbackTask::getAssignedToId).distinct().toList(), today);
    return old.size();
  }

  /**
   * Hands the waiting tasks due by today out within today's quotas (see {@link HandOut}); a dropped
   * call's callback is left to the supervisor ({@link Callbacks#assign}). One hand-out at a time:
   * each locks the hand-out row first.
   *
   * @return task id → agent row id
   */
  @Transactional
  public Map<Long, Long> handOut(LocalDate today, Instant now) {
    em.createNativeQuery("SELECT id FROM cd_callback_handout WHERE id = 1 FOR UPDATE")
        .getResultList();
    List<HandOut.Waiting> waiting = new ArrayList<>();
    for (Object[] r :
        rows(
            em.createNativeQuery(
                    "SELECT id, urgency, due_on, created_at FROM cd_callback_task"
                        + " WHERE state = 'WAITING' AND due_on <= ?"
                        + " AND source <> 'DROPPED_CALL'")
                .setParameter(1, Date.valueOf(today))
                .getResultList())) {
      waiting.add(
          new HandOut.Waiting(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).intValue(),
              localDate(r[2]),
              ((java.sql.Timestamp) r[3]).toInstant()));
    }
    if (waiting.isEmpty()) {
      return Map.of();
    }
    List<HandOut.Seat> seats = new ArrayList<>();
    java.util.Map<Long, String> numbers = new java.util.HashMap<>();
    for (AgentDay a : AgentDay.of(em, today, "1 = 1", null)) {
      numbers.put(a.agentId(), a.employeeNo());
      seats.add(new HandOut.Seat(a.agentId(), a.quota(), a.holding()));
    }
    Map<Long, Long> assigned = HandOut.assign(waiting, seats);
    assigned.forEach(
        (taskId, agentId) -> {
          CallbackTask t = em.find(CallbackTask.class, taskId);
          t.assign(agentId, numbers.get(agentId), today, AuditTrail.SYSTEM, now);
          audit.recordAs(
              AuditTrail.SYSTEM,
              "CALLBACK_ASSIGNED",
              Callbacks.SUBJECT,
              taskId,
              "to " + numbers.get(agentId) + " for " + today);
        });
    notices.tell(new java.util.HashSet<>(assigned.values()), today);
    em.createNativeQuery("UPDATE cd_callback_handout SET last_run_at = ? WHERE id = 1")
        .setParameter(1, java.sql.Timestamp.from(now))
        .executeUpdate();
    em.flush();
    return assigned;
  }

  /**
   * Today's callback figures of a supervisor's team (or of everyone), by employee number: the seat
   * monitor's quota progress.
   *
   * @param supervisorId the team's supervisor, or null for every active employee
   */
  public java.util.Map<String, QuotaRow> progress(LocalDate today, Long supervisorId) {
    java.util.Map<String, QuotaRow> rows = new java.util.HashMap<>();
    for (AgentDay a :
        AgentDay.of(
            em, today, supervisorId == null ? "1 = 1" : "e.supervisor_id = ?", supervisorId)) {
      rows.put(
          a.employeeNo(),
          new QuotaRow(
              a.employeeNo(), a.name(), a.defaultQuota(), a.quota(), a.holding(), a.done()));
    }
    return rows;
  }

  /**
   * Dials again the tasks whose last auto-dial nobody answered, once their retry time has come and
   * their agent is READY (the customer is put through to them when they answer). At most 20 per
   * run; the rest follow in the next minute.
   *
   * @return how many were sent to the telephone side
   */
  @Transactional
  public int redialDue(Instant now) {
    List<?> due =
        em.createNativeQuery(
                "SELECT t.id FROM cd_callback_task t WHERE t.state = 'ASSIGNED'"
                    + " AND t.next_try_at <= ? AND t.dial_outcome IN ('NO_ANSWER', 'BUSY')"
                    + " AND EXISTS (SELECT 1 FROM cd_agent_seat s WHERE s.employee_id ="
                    + "  t.assigned_to_id AND s.state = 'READY') ORDER BY t.next_try_at")
            .setParameter(1, com.calldesk.shared.UtcInstantConverter.timestamp(now))
            .setMaxResults(20)
            .getResultList();
    int sent = 0;
    for (Object id : due) {
      CallbackTask task =
          em.find(CallbackTask.class, ((Number) id).longValue(), LockModeType.PESSIMISTIC_WRITE);
      em.refresh(task);
      if (task.getState() != CallbackTask.State.ASSIGNED
          || task.getNextTryAt() == null
          || task.getNextTryAt().isAfter(now)
          || !CallbackOutcome.NO_ANSWER.name().equals(task.getDialOutcome())
              && !CallbackOutcome.BUSY.name().equals(task.getDialOutcome())) {
        continue; // changed meanwhile
      }
      dialer.dial(task, AuditTrail.SYSTEM, now);
      desks.publish(
          DeskNotice.to(
              task.getAssignedToNo(),
              jakarta.json.Json.createObjectBuilder()
                  .add("kind", "callback-dial")
                  .add("taskId", task.getId())
                  .add("outcome", "REDIAL")
                  .build()
                  .toString()));
      sent++;
    }
    return sent;
  }

  /** The rules' tasks for today (see {@link CallbackRules}). */
  @Transactional
  public int raiseFromRules(LocalDate today, Instant now) {
    return rules.raise(today, now);
  }

  @Inject private CallbackRules rules;

  @SuppressWarnings("unchecked")
  static List<Object[]> rows(List<?> result) {
    return (List<Object[]>) result;
  }

  static LocalDate localDate(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toLocalDateTime().toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((java.time.LocalDateTime) value).toLocalDate();
  }
}
