package com.calldesk.monitor;

import com.calldesk.breaks.BreakKind;
import com.calldesk.callbacks.CallbackDay;
import com.calldesk.callbacks.CallbackSettings;
import com.calldesk.callbacks.QuotaRow;
import com.calldesk.seats.AgentState;
import com.calldesk.seats.SeatBoard;
import com.calldesk.seats.SeatView;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.RecordAccess;
import com.calldesk.security.Role;
import com.calldesk.security.Roles;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seat monitor (座席监控): every agent of the supervisor's team (admins: everyone on a team or an
 * agent) with their state, current call, today's calls and talk time, and callback progress; the
 * floor's waiting callers and service level. A supervisor may send a team member on a break or off
 * the floor; the change is audited with who did it.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SeatMonitor {

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private SeatBoard board;
  @Inject private CallbackDay callbackDay;
  @Inject private CallbackSettings callbackSettings;
  @Inject private RecordAccess access;
  @Inject private Floor floor;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** Whose seats the caller watches: their team's number, or null for an admin (everyone). */
  public String scope() {
    return admin() ? null : me().getEmployeeNo();
  }

  /** The watched agents, by employee number. */
  public List<MonitorRow> rows() {
    Employee me = me();
    boolean admin = admin();
    List<Employee> team = admin ? everyAgent() : teamOf(me.getId());
    Map<Long, SeatView> seats = board.views(team);
    Map<String, QuotaRow> callbacks =
        callbackDay.progress(
            LocalDate.ofInstant(clock.instant(), callbackSettings.zone()),
            admin ? null : me.getId());
    Map<Long, Object[]> breaks = openBreaks(team);
    List<MonitorRow> rows = new ArrayList<>();
    for (Employee e : team) {
      SeatView s = seats.get(e.getId());
      QuotaRow q = callbacks.get(e.getEmployeeNo());
      Object[] b = breaks.get(e.getId());
      rows.add(
          new MonitorRow(
              e.getEmployeeNo(),
              e.getFullName(),
              s.state(),
              s.stateSince(),
              s.currentCallId(),
              s.callsHandled(),
              s.talkSeconds(),
              q == null ? 0 : q.today(),
              q == null ? 0 : q.holding(),
              q == null ? 0 : q.done(),
              b == null ? null : (BreakKind) b[0],
              b == null ? null : (Instant) b[1]));
    }
    return rows;
  }

  public FloorFigures floor() {
    return floor.figures();
  }

  /**
   * Sends a watched agent on a break or off the floor (signed out: they log in again to come back).
   *
   * @param to BREAK or OFFLINE
   * @throws BusinessException "not found" for an agent the caller does not watch; {@code
   *     monitor.onCall} while they are on a call; {@code monitor.already} when already so
   */
  public SeatView force(String employeeNo, AgentState to) {
    new InvalidInput.Check()
        .require(to == AgentState.BREAK || to == AgentState.OFFLINE, "state", "monitor.badState")
        .throwIfAny();
    String no = InvalidInput.clean(employeeNo);
    Employee agent =
        employees
            .findByEmployeeNo(no == null ? "" : no)
            .filter(e -> !e.getId().equals(me().getId()))
            .filter(e -> access.maySee(e.getId(), RecordAccess.Admins.SEE))
            .orElseThrow(
                () -> new BusinessException("monitor.notFound", null, "no agent " + employeeNo));
    return board.force(
        agent,
        to,
        "forced " + to + " by " + (admin() ? "admin " : "supervisor ") + me().getEmployeeNo());
  }

  private Map<Long, Object[]> openBreaks(List<Employee> team) {
    Map<Long, Object[]> breaks = new HashMap<>();
    if (team.isEmpty()) {
      return breaks;
    }
    em.createQuery(
            "select r.employeeId, r.kind, r.endsAt from BreakRequest r"
                + " where r.state = :granted and r.employeeId in :ids",
            Object[].class)
        .setParameter("granted", com.calldesk.breaks.BreakRequest.State.GRANTED)
        .setParameter("ids", team.stream().map(Employee::getId).toList())
        .getResultList()
        .forEach(r -> breaks.put((Long) r[0], new Object[] {r[1], r[2]}));
    return breaks;
  }

  private List<Employee> teamOf(Long supervisorId) {
    return em.createQuery(
            "select e from Employee e where e.supervisorId = :me and e.active = true"
                + " order by e.employeeNo",
            Employee.class)
        .setParameter("me", supervisorId)
        .getResultList();
  }

  private List<Employee> everyAgent() {
    return em.createQuery(
            "select distinct e from Employee e join e.roles r where e.active = true"
                + " and r in :floor order by e.employeeNo",
            Employee.class)
        .setParameter("floor", List.of(Role.AGENT, Role.SUPERVISOR))
        .getResultList();
  }

  private boolean admin() {
    return context.isCallerInRole(Roles.ADMIN);
  }

  private Employee me() {
    String name = context.getCallerPrincipal().getName();
    return employees
        .findByEmployeeNo(name)
        .orElseThrow(() -> new IllegalStateException("no employee " + name));
  }
}
