package com.calldesk.seats;

import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** Agents' seats: signing in makes the caller READY, signing out OFFLINE. Each change audited. */
@Stateless
public class Seats {

  static final String SUBJECT = "AgentSeat";

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** Called right after login: the caller's seat becomes READY and the login time is recorded. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public SeatView signIn() {
    Employee me = caller();
    AgentSeat seat = seatOf(me);
    AgentState before = seat.getState();
    seat.signIn(clock.instant());
    audit.record("SEAT_STATE", SUBJECT, me.getEmployeeNo(), before + " -> " + seat.getState());
    return view(me, seat);
  }

  /** Logout: the caller's seat becomes OFFLINE. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public void signOut() {
    signOut(caller(), "logout");
  }

  /**
   * An expired or invalidated HTTP session: the agent is gone. Called by the web tier's session
   * listener, which runs with no caller, hence open; all it can do is mark a seat OFFLINE, which is
   * what the idle timeout means anyway, and it is a no-op for a seat already OFFLINE.
   */
  @PermitAll
  public void sessionEnded(String employeeNo) {
    employees
        .findByEmployeeNo(employeeNo)
        .ifPresent(
            e -> {
              AgentSeat seat = em.find(AgentSeat.class, e.getId(), LockModeType.PESSIMISTIC_WRITE);
              if (seat != null && seat.getState() != AgentState.OFFLINE) {
                Instant now = clock.instant();
                AgentState before = seat.getState();
                seat.signOut(now);
                audit.recordAs(
                    AuditTrail.SYSTEM,
                    "SEAT_STATE",
                    SUBJECT,
                    employeeNo,
                    before + " -> OFFLINE (session ended)");
              }
            });
  }

  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public SeatView mine() {
    Employee me = caller();
    AgentSeat seat = em.find(AgentSeat.class, me.getId());
    return seat == null
        ? new SeatView(
            me.getEmployeeNo(), me.getFullName(), me.getLevel(), AgentState.OFFLINE, null, null)
        : view(me, seat);
  }

  private void signOut(Employee me, String why) {
    AgentSeat seat = seatOf(me);
    if (seat.getState() == AgentState.OFFLINE) {
      return;
    }
    AgentState before = seat.getState();
    seat.signOut(clock.instant());
    audit.record("SEAT_STATE", SUBJECT, me.getEmployeeNo(), before + " -> OFFLINE (" + why + ")");
  }

  private Employee caller() {
    String name = context.getCallerPrincipal().getName();
    return employees
        .findByEmployeeNo(name)
        .orElseThrow(() -> new IllegalStateException("no employee " + name));
  }

  private AgentSeat seatOf(Employee employee) {
    AgentSeat seat = em.find(AgentSeat.class, employee.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (seat == null) {
      seat = new AgentSeat(employee.getId(), clock.instant());
      em.persist(seat);
    }
    return seat;
  }

  private static SeatView view(Employee e, AgentSeat seat) {
    return new SeatView(
        e.getEmployeeNo(),
        e.getFullName(),
        e.getLevel(),
        seat.getState(),
        seat.getStateSince(),
        seat.getLoginAt());
  }
}
