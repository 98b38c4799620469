package com.calldesk.breaks;

import com.calldesk.seats.AgentSeat;
import com.calldesk.seats.AgentState;
import com.calldesk.seats.SeatBoard;
import com.calldesk.security.Employee;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A team's break queue: who is on shift and away, and granting the waiting requests in the order
 * they were made while the team can spare them ({@link BreakRule}). Every decision locks the team's
 * seats first, so two decisions never both count the same free place. A building block: role checks
 * live in {@link Breaks}.
 */
@ApplicationScoped
public class BreakQueue {

  static final String SUBJECT = "BreakRequest";

  @PersistenceContext private EntityManager em;
  @Inject private SeatBoard board;
  @Inject private com.calldesk.security.EmployeeRepository employees;
  @Inject private BreakSettings settings;
  @Inject private AuditTrail audit;
  @Inject private DeskChannel desks;
  @Inject private Clock clock;

  /** The team's seats, locked in id order; a team is the agents of one supervisor (or of none). */
  @Transactional(Transactional.TxType.MANDATORY)
  List<AgentSeat> lockTeam(Long teamId) {
    // A locking query re-reads the rows: what this transaction changed must be written first.
    em.flush();
    var members =
        em.createQuery(
            "select e.id from Employee e where "
                + (teamId == null ? "e.supervisorId is null" : "e.supervisorId = :team"),
            Long.class);
    if (teamId != null) {
      members.setParameter("team", teamId);
    }
    List<Long> ids = members.getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from AgentSeat s where s.employeeId in :ids order by s.employeeId",
            AgentSeat.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * Grants the team's waiting requests, first asked first, while the team can spare the next one.
   * The first in line who is on a call (or away) keeps their place: their break starts when they
   * are free. A request of an agent who signed out meanwhile is cancelled.
   *
   * @return how many were granted
   */
  @Transactional
  public int grantWaiting(Long teamId) {
    List<AgentSeat> seats = lockTeam(teamId);
    int granted = 0;
    for (BreakRequest r : waiting(teamId)) {
      AgentSeat seat =
          seats.stream()
              .filter(s -> s.getEmployeeId().equals(r.getEmployeeId()))
              .findFirst()
              .orElse(null);
      if (seat == null || seat.getState() == AgentState.OFFLINE) {
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        r.cancel(AuditTrail.SYSTEM, clock.instant());
        audit.recordAs(
            AuditTrail.SYSTEM,
            "BREAK_CANCELLED",
            SUBJECT,
            r.getId(),
            r.getEmployeeNo() + " signed out while waiting");
        tell(r, 0);
        continue;
      }
      int onShift = (int) seats.stream().filter(s -> s.getState() != AgentState.OFFLINE).count();
      int away = (int) seats.stream().filter(s -> s.getState() == AgentState.BREAK).count();
      boolean free = seat.getState() == AgentState.READY || seat.getState() == AgentState.WRAP_UP;
      if (!free || !BreakRule.allows(onShift, away, settings.minOnlinePercent(r.getKind()))) {
        break; // in order: nobody overtakes the first in line
      }
      grant(
          r,
          AuditTrail.SYSTEM,
          "automatically: " + (onShift - away - 1) + " of " + onShift + " stay online");
      granted++;
    }
    return granted;
  }

  /** Grants one request now (the seat becomes BREAK); the caller checked it may. */
  @Transactional(Transactional.TxType.MANDATORY)
  void grant(BreakRequest r, String by, String why) {
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    Duration length = settings.length(r.getKind());
    r.grant(by, now, length == null ? null : now.plus(length));
    Employee agent = em.find(Employee.class, r.getEmployeeId());
    if (!board.startBreak(agent, by, r.getKind().name().toLowerCase() + " break granted")) {
      throw new com.calldesk.shared.BusinessException(
          "break.onCall", null, r.getEmployeeNo() + " is not free for a break");
    }
    audit.recordAs(
        by,
        "BREAK_GRANTED",
        SUBJECT,
        r.getId(),
        r.getEmployeeNo() + " " + r.getKind() + " (" + why + ")");
    tell(r, 0);
  }

  /** The team's waiting requests, first asked first. */
  List<BreakRequest> waiting(Long teamId) {
    var query =
        em.createQuery(
                "select r from BreakRequest r where r.state = :waiting and "
                    + (teamId == null ? "r.teamId is null" : "r.teamId = :team")
                    + " order by r.requestedAt, r.id",
                BreakRequest.class)
            .setParameter("waiting", BreakRequest.State.WAITING);
    if (teamId != null) {
      query.setParameter("team", teamId);
    }
    return query.getResultList();
  }

  /**
   * Ends the granted breaks whose agent is no longer away: they signed out during the break (the
   * end of a shift, an expired session) or were signed off, and came back through a new login.
   *
   * @param employeeId one agent's, or null for everyone's
   * @return how many were ended
   */
  @Transactional
  public int endStale(Long employeeId) {
    var query =
        em.createQuery(
                "select r from BreakRequest r where r.state = :granted"
                    + (employeeId == null ? "" : " and r.employeeId = :me")
                    + " and not exists (select s from AgentSeat s where s.employeeId ="
                    + " r.employeeId and s.state = :away)",
                BreakRequest.class)
            .setParameter("granted", BreakRequest.State.GRANTED)
            .setParameter("away", AgentState.BREAK);
    if (employeeId != null) {
      query.setParameter("me", employeeId);
    }
    List<BreakRequest> stale = query.getResultList();
    Instant now = clock.instant();
    for (BreakRequest r : stale) {
      em.lock(r, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(r);
      if (r.getState() == BreakRequest.State.GRANTED) {
        r.end(now);
        audit.recordAs(
            AuditTrail.SYSTEM,
            "BREAK_ENDED",
            SUBJECT,
            r.getId(),
            r.getEmployeeNo() + " no longer away");
        tell(r, 0);
      }
    }
    return stale.size();
  }

  /** Whether any request waits anywhere: the cheap check before a team's queue is looked at. */
  public boolean anyWaiting() {
    return !em.createQuery("select r.id from BreakRequest r where r.state = :waiting", Long.class)
        .setParameter("waiting", BreakRequest.State.WAITING)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The teams with waiting requests. */
  public List<Long> teamsWaiting() {
    return em.createQuery(
            "select distinct r.teamId from BreakRequest r where r.state = :waiting", Long.class)
        .setParameter("waiting", BreakRequest.State.WAITING)
        .getResultList();
  }

  /**
   * Reminds agents whose meal break is nearly up, once each.
   *
   * @return how many were reminded
   */
  @Transactional
  public int remind() {
    Instant now = clock.instant();
    List<BreakRequest> due =
        em.createQuery(
                "select r from BreakRequest r where r.state = :granted and r.endsAt is not null"
                    + " and r.remindedAt is null and r.endsAt <= :soon",
                BreakRequest.class)
            .setParameter("granted", BreakRequest.State.GRANTED)
            .setParameter("soon", now.plus(settings.reminderBefore()))
            .getResultList();
    for (BreakRequest r : due) {
      r.reminded(now);
      desks.publish(
          DeskNotice.to(
              r.getEmployeeNo(),
              Json.createObjectBuilder()
                  .add("kind", "break-reminder")
                  .add("endsAt", r.getEndsAt().toEpochMilli())
                  .build()
                  .toString()));
    }
    return due.size();
  }

  /** Tells the agent's desk and the monitors watching them where the request stands. */
  void tell(BreakRequest r, int place) {
    desks.publish(DeskNotice.to(r.getEmployeeNo(), BreakView.of(r, null, place).json()));
    desks.publish(
        DeskNotice.toMonitors(
            employees.numberOf(r.getTeamId()),
            Json.createObjectBuilder()
                .add("kind", "monitor-breaks")
                .add("agentNo", r.getEmployeeNo())
                .build()
                .toString()));
  }
}
