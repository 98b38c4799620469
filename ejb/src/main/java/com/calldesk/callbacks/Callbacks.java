package com.calldesk.callbacks;

import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.messaging.OutboundMessages;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.RecordAccess;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Callbacks (回访, SPEC §3.6 and §8): tasks raised by hand, the supervisors' daily quotas and the
 * hand-out within them, and the agents' work on their tasks. The rules' tasks, the rollover and the
 * daily hand-out are {@link CallbackDay}'s.
 *
 * <p>A task is seen by the agent it is assigned to, the agent who raised it, their supervisors, and
 * (while it waits for an agent) every supervisor; anyone else is told it does not exist.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Callbacks {

  static final String SUBJECT = "CallbackTask";

  @PersistenceContext private EntityManager em;
  @Inject private CallbackDay day;
  @Inject private CallbackNotices notices;
  @Inject private CallbackTries tries;
  @Inject private CallbackDialer dialer;
  @Inject private CallbackSettings settings;
  @Inject private Customers customers;
  @Inject private EmployeeRepository employees;
  @Inject private RecordAccess access;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private OutboundMessages outbound;
  @Resource private SessionContext context;

  /**
   * A task by hand, for a customer, with a reason and a due date. It waits for the hand-out, which
   * runs at once: due today, it goes to whoever has room in their quota.
   *
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   */
  public CallbackTaskView raise(Long customerId, String reason, LocalDate dueOn) {
    String why = InvalidInput.clean(reason);
    LocalDate today = today();
    new InvalidInput.Check()
        .require(customerId != null, "customer", "callback.noCustomer")
        .text(why, true, 500, "reason")
        .require(dueOn != null, "dueOn", "callback.noDueOn")
        .require(dueOn == null || !dueOn.isBefore(today), "dueOn", "callback.dueInPast")
        .throwIfAny();
    CallbackTask task = raiseTask(customers.card(customerId).id(), why, dueOn, "by hand");
    day.handOut(today, now());
    return view(task);
  }

  private CallbackTask raiseTask(Long customerId, String why, LocalDate dueOn, String how) {
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    CallbackTask task =
        new CallbackTask(
            customerId, CallbackSource.MANUAL, null, why, 0, dueOn, me.getId(), me(), now());
    em.persist(task);
    em.flush();
    audit.record("CALLBACK_RAISED", SUBJECT, task.getId(), how + ", due " + dueOn + ": " + why);
    return task;
  }

  /** Today's list of the signed-in agent, with the quota and how many are done. */
  public MyCallbacks myDay() {
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    LocalDate today = today();
    List<CallbackTask> tasks =
        em.createQuery(
                "select t from CallbackTask t where t.assignedToId = :me and t.assignedOn = :today"
                    + " order by t.state, t.urgency desc, t.dueOn, t.id",
                CallbackTask.class)
            .setParameter("me", me.getId())
            .setParameter("today", today)
            .getResultList();
    int done = (int) tasks.stream().filter(t -> t.getState() == CallbackTask.State.DONE).count();
    List<CallbackTaskView> views = new ArrayList<>();
    tasks.forEach(t -> views.add(view(t)));
    int quota = AgentDay.of(em, today, "e.id = ?", me.getId()).get(0).quota();
    return new MyCallbacks(today, quota, tasks.size(), done, views);
  }

  /**
   * One task with its attempts.
   *
   * @throws BusinessException "not found" for a task the caller may not see, as for no task
   */
  public CallbackTaskView task(Long id) {
    return view(visible(id));
  }

  /**
   * Records a try at a task: the outcome, what the customer said, and what follows. Reached, wrong
   * number and refused finish the task (a new task may follow, by hand). No answer and busy keep it
   * on the list to be tried again, at {@code retryAt} or after the configured wait, until the
   * attempts run out (then it is done with that outcome).
   *
   * @param version the version the agent's screen shows; another change meanwhile is refused
   * @throws BusinessException "not found" for a task the caller may not see; a stale screen; a task
   *     not on the caller's list
   */
  public CallbackTaskView record(
      Long id, long version, CallbackOutcome outcome, String answers, Instant retryAt) {
    CallbackTask task = openOnMyList(id, version);
    String said = InvalidInput.clean(answers);
    Instant now = now();
    new InvalidInput.Check()
        .require(
            outcome != null && outcome != CallbackOutcome.WITHDRAWN,
            "outcome",
            "callback.noOutcome")
        .text(said, false, 2000, "answers")
        .require(retryAt == null || retryAt.isAfter(now), "retryAt", "callback.retryInPast")
        .throwIfAny();
    tries.record(task, outcome, said, retryAt, me(), now);
    return view(task);
  }

  /**
   * Records a try whose next step is a new task: this one is finished with the outcome, and a new
   * task for the same customer is raised with its own reason and due date (handed out like any
   * other).
   *
   * @throws InvalidInput listing every field that is wrong (outcome, answers, the new task's reason
   *     and due date); nothing is saved
   * @throws BusinessException as {@link #record}
   */
  public CallbackTaskView recordWithNewTask(
      Long id,
      long version,
      CallbackOutcome outcome,
      String answers,
      String newReason,
      LocalDate newDueOn) {
    CallbackTask task = openOnMyList(id, version);
    String said = InvalidInput.clean(answers);
    String why = InvalidInput.clean(newReason);
    new InvalidInput.Check()
        .require(
            outcome != null && outcome != CallbackOutcome.WITHDRAWN,
            "outcome",
            "callback.noOutcome")
        .text(said, false, 2000, "answers")
        .text(why, true, 500, "newReason")
        .require(newDueOn != null, "newDueOn", "callback.noDueOn")
        .require(newDueOn == null || !newDueOn.isBefore(today()), "newDueOn", "callback.dueInPast")
        .throwIfAny();
    tries.record(task, outcome, said, null, true, me(), now());
    raiseTask(task.getCustomerId(), why, newDueOn, "next step of callback " + id);
    day.handOut(today(), now());
    return view(task);
  }

  /**
   * Auto-dial: asks the telephone side to dial the customer and put them through to the agent
   * ({@code callback.task} on the callback queue, in this transaction: if it fails nothing is
   * sent). The answer comes back as {@code callback.result} ({@link CallbackResults}), live.
   *
   * @throws BusinessException a task not on the caller's open list; a stale screen; a dial already
   *     under way; a customer without a phone number
   */
  public CallbackTaskView autoDial(Long id, long version) {
    CallbackTask task = openOnMyList(id, version);
    if (task.isDialling(now())) {
      throw new BusinessException("callback.dialling", null, "task " + id + " is being dialled");
    }
    dialer.dial(task, me(), now());
    return view(task);
  }

  /**
   * Sets today's callback quota of members of the supervisor's team, then hands out.
   *
   * @param quotas employee id → quota (0–200)
   * @throws BusinessException for someone not on the supervisor's team (as "not found")
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public Map<Long, Long> setTodaysQuotas(Map<String, Integer> quotas) {
    LocalDate today = today();
    Instant now = now();
    checkQuotas(quotas);
    for (Map.Entry<String, Integer> q : quotas.entrySet()) {
      Employee agent = teamMember(q.getKey());
      em.createNativeQuery("DELETE FROM cd_callback_quota WHERE agent_id = ? AND quota_day = ?")
          .setParameter(1, agent.getId())
          .setParameter(2, Date.valueOf(today))
          .executeUpdate();
      em.createNativeQuery(
              "INSERT INTO cd_callback_quota (agent_id, quota_day, quota, set_by, set_at)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .setParameter(1, agent.getId())
          .setParameter(2, Date.valueOf(today))
          .setParameter(3, q.getValue())
          .setParameter(4, me())
          .setParameter(5, java.sql.Timestamp.from(now))
          .executeUpdate();
      audit.record(
          "CALLBACK_QUOTA", "Employee", agent.getEmployeeNo(), today + ": " + q.getValue());
    }
    Map<Long, Long> assigned = day.handOut(today, now);
    List<Long> told = new ArrayList<>();
    for (String no : quotas.keySet()) {
      told.add(teamMember(no).getId());
    }
    notices.tell(told, today);
    return assigned;
  }

  /** Sets the quota a team member gets on days without one set for the day. */
  @RolesAllowed(Roles.SUPERVISOR)
  public void setDefaultQuota(String employeeNo, int quota) {
    checkQuotas(Map.of(employeeNo == null ? "" : employeeNo, quota));
    Employee agent = teamMember(employeeNo);
    em.createNativeQuery("UPDATE cd_employee SET callback_quota = ? WHERE id = ?")
        .setParameter(1, quota)
        .setParameter(2, agent.getId())
        .executeUpdate();
    audit.record("CALLBACK_DEFAULT_QUOTA", "Employee", employeeNo, String.valueOf(quota));
  }

  /** The supervisor's team today: quotas, tasks held and done. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<QuotaRow> quotaBoard() {
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    List<QuotaRow> rows = new ArrayList<>();
    for (AgentDay a : AgentDay.of(em, today(), "e.supervisor_id = ?", me.getId())) {
      rows.add(
          new QuotaRow(
              a.employeeNo(), a.name(), a.defaultQuota(), a.quota(), a.holding(), a.done()));
    }
    return rows;
  }

  /** Tasks due by today that no quota had room for (dropped calls' aside: see {@link #urgent}). */
  @RolesAllowed(Roles.SUPERVISOR)
  public long waiting() {
    return em.createQuery(
            "select count(t) from CallbackTask t where t.state = :waiting and t.dueOn <= :today"
                + " and t.source <> :dropped",
            Long.class)
        .setParameter("waiting", CallbackTask.State.WAITING)
        .setParameter("today", today())
        .setParameter("dropped", CallbackSource.DROPPED_CALL)
        .getSingleResult();
  }

  /** Dropped calls' callbacks waiting for a supervisor to assign them, most urgent first. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<CallbackTaskView> urgent() {
    List<CallbackTaskView> views = new ArrayList<>();
    em.createQuery(
            "select t from CallbackTask t where t.state = :waiting and t.source = :dropped"
                + " order by t.urgency desc, t.createdAt",
            CallbackTask.class)
        .setParameter("waiting", CallbackTask.State.WAITING)
        .setParameter("dropped", CallbackSource.DROPPED_CALL)
        .setMaxResults(100)
        .getResultList()
        .forEach(t -> views.add(view(t)));
    return views;
  }

  /**
   * A supervisor gives a waiting task to a member of their team for today (a dropped call's, say),
   * whatever their quota: it counts against it from then on.
   *
   * @throws BusinessException for a task not waiting, or someone not on the team
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public CallbackTaskView assign(Long taskId, long version, String employeeNo) {
    CallbackTask task = visible(taskId);
    em.lock(task, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(task);
    if (task.getState() != CallbackTask.State.WAITING || task.getVersion() != version) {
      throw new BusinessException(
          "callback.changedMeanwhile",
          null,
          "task " + taskId + " was assigned meanwhile",
          task.getUpdatedBy());
    }
    Employee agent = teamMember(employeeNo);
    task.assign(agent.getId(), agent.getEmployeeNo(), today(), me(), now());
    em.flush();
    audit.record("CALLBACK_ASSIGNED", SUBJECT, taskId, "by hand to " + employeeNo);
    notices.tell(List.of(agent.getId()), today());
    return view(task);
  }

  private void checkQuotas(Map<String, Integer> quotas) {
    InvalidInput.Check check = new InvalidInput.Check();
    quotas.forEach(
        (no, q) ->
            check.require(q != null && q >= 0 && q <= 200, "quota:" + no, "callback.badQuota"));
    check.throwIfAny();
  }

  private Employee teamMember(String employeeNo) {
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    return employees
        .findByEmployeeNo(employeeNo)
        .filter(e -> me.getId().equals(e.getSupervisorId()))
        .orElseThrow(
            () ->
                new BusinessException(
                    "callback.notOnTeam", null, employeeNo + " is not on " + me() + "'s team"));
  }

  /**
   * The task, locked, if it is open on the caller's own list and the screen's version is current.
   *
   * @throws BusinessException "not found", not on the caller's open list, or changed meanwhile
   */
  private CallbackTask openOnMyList(Long id, long version) {
    CallbackTask task = visible(id);
    em.lock(task, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(task);
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    if (task.getState() != CallbackTask.State.ASSIGNED
        || !me.getId().equals(task.getAssignedToId())) {
      throw new BusinessException(
          "callback.notYours", null, "task " + id + " is not on " + me() + "'s open list");
    }
    if (task.getVersion() != version) {
      throw new BusinessException(
          "callback.changedMeanwhile",
          null,
          "task " + id + " changed meanwhile",
          task.getUpdatedBy());
    }
    return task;
  }

  private CallbackTask visible(Long id) {
    CallbackTask task = id == null ? null : em.find(CallbackTask.class, id);
    boolean sees =
        task != null
            && ((task.getState() == CallbackTask.State.WAITING
                    && context.isCallerInRole(Roles.SUPERVISOR))
                || access.maySee(task.getAssignedToId(), RecordAccess.Admins.DO_NOT_SEE)
                || access.maySee(task.getCreatedById(), RecordAccess.Admins.DO_NOT_SEE));
    if (!sees) {
      throw new BusinessException("callback.notFound", null, "no callback task " + id);
    }
    return task;
  }

  private CallbackTaskView view(CallbackTask t) {
    CustomerCard c = customers.card(t.getCustomerId());
    List<CallbackTaskView.Attempt> history = new ArrayList<>();
    em.createQuery(
            "select a from CallbackAttempt a where a.taskId = :id order by a.attemptNo desc",
            CallbackAttempt.class)
        .setParameter("id", t.getId())
        .getResultList()
        .forEach(
            a ->
                history.add(
                    new CallbackTaskView.Attempt(
                        a.getAttemptNo(),
                        a.getOutcome(),
                        a.getAnswers(),
                        a.getNextStep(),
                        a.getRetryAt(),
                        a.getDoneBy(),
                        a.getDoneAt())));
    return new CallbackTaskView(
        t.getId(),
        c.id(),
        c.customerNo(),
        c.fullName(),
        t.getSource(),
        t.getReason(),
        t.getUrgency(),
        t.getDueOn(),
        t.getState(),
        t.getAssignedToNo(),
        t.getAssignedOn(),
        t.getRolledOver(),
        t.getAttempts(),
        t.getNextTryAt(),
        t.getOutcome(),
        t.getDialOutcome(),
        t.isDialling(now()),
        t.getVersion(),
        history);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), settings.zone());
  }

  /** Microseconds, as the database keeps them. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
