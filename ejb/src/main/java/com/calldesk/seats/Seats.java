package com.calldesk.seats;

import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.ReferenceLists;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The agent's own seat: signing in makes them READY, signing out OFFLINE; they end wrap-up. Breaks
 * are asked for and granted (com.calldesk.breaks.Breaks). Each change audited (through {@link
 * SeatBoard}).
 */
@Stateless
public class Seats {

  static final String SUBJECT = "AgentSeat";

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private SeatBoard board;
  @Inject private AuditTrail audit;
  @Inject private ReferenceLists referenceLists;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * Called right after login. From OFFLINE the seat becomes READY and the login time is recorded. A
   * login while the seat is taken (a second browser, a reopened one) takes it over as it is: a
   * TALKING agent keeps the call (no second call is routed to them), a break stays a break, and the
   * day's figures go on; the web tier ends the earlier session.
   */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public SeatView signIn() {
    return signIn(null);
  }

  /**
   * The same, at the inbound channel / extension the agent chose at login: recorded on the seat and
   * its login audit entry, put on every call the agent takes, and sent to the switch with each
   * route so it rings that extension.
   *
   * @param channel an active channel's code, or null for none
   * @throws InvalidInput {@code login.badChannel} for a channel that is not (or no longer) offered
   */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public SeatView signIn(String channel) {
    String code = InvalidInput.clean(channel);
    new InvalidInput.Check()
        .require(
            code == null || referenceLists.isActive(Channel.class, code),
            "channel",
            "login.badChannel")
        .throwIfAny();
    Employee me = caller();
    AgentSeat seat = board.seatOf(me);
    if (seat.getState() == AgentState.OFFLINE) {
      board.change(
          seat,
          s -> s.signIn(clock.instant(), code),
          null,
          code == null ? "login" : "login at channel " + code);
    } else {
      seat.sitAt(code);
      audit.record(
          "SEAT_TAKEN_OVER",
          SUBJECT,
          me.getEmployeeNo(),
          "login"
              + (code == null ? "" : " at channel " + code)
              + " while "
              + seat.getState()
              + (seat.getCurrentCallId() == null ? "" : " on call " + seat.getCurrentCallId()));
    }
    return SeatBoard.view(me, seat);
  }

  /** Logout: the caller's seat becomes OFFLINE. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public void signOut() {
    AgentSeat seat = board.seatOf(caller());
    if (seat.getState() != AgentState.OFFLINE) {
      board.change(seat, s -> s.signOut(clock.instant()), null, "logout");
    }
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
              AgentSeat seat = board.seatOf(e);
              if (seat.getState() != AgentState.OFFLINE) {
                board.change(
                    seat, s -> s.signOut(clock.instant()), AuditTrail.SYSTEM, "session ended");
              }
            });
  }

  /** Wrap-up done before its time is up: ready for the next call. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public SeatView finishWrapUp() {
    return move(AgentState.WRAP_UP, s -> s.ready(clock.instant()), "wrap-up done");
  }

  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public SeatView mine() {
    Employee me = caller();
    return SeatBoard.view(me, em.find(AgentSeat.class, me.getId()));
  }

  /** Agents logged in now, with state and level: whom a call can be passed to. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<SeatView> online() {
    return board.online();
  }

  private SeatView move(
      AgentState from, java.util.function.Consumer<AgentSeat> transition, String why) {
    Employee me = caller();
    AgentSeat seat = board.seatOf(me);
    if (seat.getState() != from) {
      throw new BusinessException(
          "seat.notIn." + from.name(),
          null,
          "seat of " + me.getEmployeeNo() + " is " + seat.getState() + ", not " + from);
    }
    board.change(seat, transition, null, why);
    return SeatBoard.view(me, seat);
  }

  private Employee caller() {
    String name = context.getCallerPrincipal().getName();
    return employees
        .findByEmployeeNo(name)
        .orElseThrow(() -> new IllegalStateException("no employee " + name));
  }
}
