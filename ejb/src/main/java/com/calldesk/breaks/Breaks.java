package com.calldesk.breaks;

import com.calldesk.seats.AgentSeat;
import com.calldesk.seats.AgentState;
import com.calldesk.seats.SeatBoard;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks (离席): an agent asks for one and gets it at once if their team can spare them, else waits
 * in the team's queue (see {@link BreakQueue}); coming back frees the place for the next. The
 * agent's supervisor (and admins) see the queue and may grant or refuse any request by hand.
 */
@Stateless
public class Breaks {

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private BreakQueue queue;
  @Inject private SeatBoard board;
  @Inject private RecordAccess access;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * Asks for a break. Granted at once when the team can spare the agent and nobody asked before
   * them; else it waits its turn.
   *
   * @throws BusinessException {@code break.alreadyAsked} with a request waiting or running; {@code
   *     break.notOnShift} when signed out or away
   */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public BreakView ask(BreakKind kind) {
    new InvalidInput.Check().require(kind != null, "kind", "break.kindRequired").throwIfAny();
    Employee me = me();
    List<AgentSeat> team = queue.lockTeam(me.getSupervisorId());
    AgentState state =
        team.stream()
            .filter(s -> s.getEmployeeId().equals(me.getId()))
            .map(AgentSeat::getState)
            .findFirst()
            .orElse(AgentState.OFFLINE);
    if (current(me.getId()) != null) {
      throw new BusinessException("break.alreadyAsked", "kind", me.getEmployeeNo() + " asked");
    }
    if (state == AgentState.OFFLINE || state == AgentState.BREAK) {
      throw new BusinessException("break.notOnShift", "kind", me.getEmployeeNo() + " is " + state);
    }
    BreakRequest r =
        new BreakRequest(
            me.getId(), me.getEmployeeNo(), me.getSupervisorId(), kind, clock.instant());
    em.persist(r);
    em.flush();
    audit.record("BREAK_REQUESTED", BreakQueue.SUBJECT, r.getId(), me.getEmployeeNo() + " " + kind);
    queue.grantWaiting(me.getSupervisorId());
    BreakView view = mine();
    if (view != null && view.state() == BreakRequest.State.WAITING) {
      queue.tell(r, view.place());
    }
    return view;
  }

  /** The caller's request waiting or running, with their place in the queue; null for none. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public BreakView mine() {
    Employee me = me();
    BreakRequest r = current(me.getId());
    return r == null ? null : BreakView.of(r, me.getFullName(), placeOf(r));
  }

  /** Takes back the caller's waiting request. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public void cancel() {
    Employee me = me();
    BreakRequest r = current(me.getId());
    if (r == null || r.getState() != BreakRequest.State.WAITING) {
      throw new BusinessException("break.notWaiting", null, me.getEmployeeNo() + " is not waiting");
    }
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    r.cancel(me.getEmployeeNo(), clock.instant());
    audit.record("BREAK_CANCELLED", BreakQueue.SUBJECT, r.getId(), "by the agent");
    queue.tell(r, 0);
    queue.grantWaiting(me.getSupervisorId()); // those behind move up
  }

  /**
   * Back at the seat: the break ends, the seat is READY, and the place goes to the next in line.
   * Also ends a break a supervisor sent the agent on.
   *
   * @throws BusinessException {@code seat.notIn.BREAK} when not on a break
   */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public void back() {
    Employee me = me();
    queue.lockTeam(me.getSupervisorId());
    BreakRequest r = current(me.getId());
    if (!board.endBreak(me, null, "back from break")) {
      throw new BusinessException("seat.notIn.BREAK", null, me.getEmployeeNo() + " is not away");
    }
    if (r != null && r.getState() == BreakRequest.State.GRANTED) {
      em.lock(r, LockModeType.PESSIMISTIC_WRITE);
      r.end(clock.instant());
      audit.record("BREAK_ENDED", BreakQueue.SUBJECT, r.getId(), "back at the seat");
      queue.tell(r, 0);
    }
    queue.grantWaiting(me.getSupervisorId());
  }

  /**
   * The breaks waiting and running in the caller's team (admins: everyone's), queue order.
   * Supervisors see their team's only.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<BreakView> board() {
    Employee me = me();
    boolean admin = context.isCallerInRole(Roles.ADMIN);
    var query =
        em.createQuery(
                "select r from BreakRequest r where r.state in :open"
                    + (admin ? "" : " and r.teamId = :team")
                    + " order by r.requestedAt, r.id",
                BreakRequest.class)
            .setParameter("open", List.of(BreakRequest.State.WAITING, BreakRequest.State.GRANTED));
    if (!admin) {
      query.setParameter("team", me.getId());
    }
    List<BreakRequest> open = query.getResultList();
    Map<Long, Integer> places = new HashMap<>();
    List<BreakView> views = new ArrayList<>();
    for (BreakRequest r : open) {
      int place = 0;
      if (r.getState() == BreakRequest.State.WAITING) {
        place = places.merge(r.getTeamId() == null ? -1L : r.getTeamId(), 1, Integer::sum);
      }
      Employee e = em.find(Employee.class, r.getEmployeeId());
      views.add(BreakView.of(r, e.getFullName(), place));
    }
    return views;
  }

  /**
   * The supervisor grants a waiting request by hand, whatever the share online.
   *
   * @throws BusinessException "not found" for another team's request; {@code break.changed} for a
   *     stale screen; {@code break.onCall} while the agent is on a call
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public BreakView grant(Long id, long version) {
    BreakRequest r = waitingOfMyTeam(id, version);
    queue.lockTeam(r.getTeamId());
    queue.grant(r, me().getEmployeeNo(), "by hand");
    return BreakView.of(r, em.find(Employee.class, r.getEmployeeId()).getFullName(), 0);
  }

  /**
   * The supervisor refuses a waiting request, telling the agent why.
   *
   * @throws InvalidInput {@code break.reasonRequired} without a reason
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public BreakView refuse(Long id, long version, String reason) {
    String why = InvalidInput.clean(reason);
    new InvalidInput.Check()
        .require(why != null, "reason", "break.reasonRequired")
        .text(why, false, 300, "reason")
        .throwIfAny();
    BreakRequest r = waitingOfMyTeam(id, version);
    r.refuse(me().getEmployeeNo(), clock.instant(), why);
    audit.record("BREAK_REFUSED", BreakQueue.SUBJECT, r.getId(), r.getEmployeeNo() + ": " + why);
    queue.tell(r, 0);
    queue.grantWaiting(r.getTeamId()); // those behind may go now
    return BreakView.of(r, em.find(Employee.class, r.getEmployeeId()).getFullName(), 0);
  }

  private BreakRequest waitingOfMyTeam(Long id, long version) {
    BreakRequest r = id == null ? null : em.find(BreakRequest.class, id);
    if (r == null || !access.maySee(r.getEmployeeId(), RecordAccess.Admins.SEE)) {
      throw new BusinessException("break.notFound", null, "no break request " + id);
    }
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(r);
    if (r.getVersion() != version || r.getState() != BreakRequest.State.WAITING) {
      throw new BusinessException("break.changed", null, "break " + id + " is " + r.getState());
    }
    return r;
  }

  /** The agent's request waiting or running; a break they are no longer on is ended first. */
  private BreakRequest current(Long employeeId) {
    queue.endStale(employeeId);
    return em
        .createQuery(
            "select r from BreakRequest r where r.employeeId = :me and r.state in :open",
            BreakRequest.class)
        .setParameter("me", employeeId)
        .setParameter("open", List.of(BreakRequest.State.WAITING, BreakRequest.State.GRANTED))
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private int placeOf(BreakRequest r) {
    if (r.getState() != BreakRequest.State.WAITING) {
      return 0;
    }
    List<BreakRequest> line = queue.waiting(r.getTeamId());
    return line.indexOf(r) + 1;
  }

  private Employee me() {
    String name = context.getCallerPrincipal().getName();
    return employees
        .findByEmployeeNo(name)
        .orElseThrow(() -> new IllegalStateException("no employee " + name));
  }
}
