package com.calldesk.seats;

import static com.calldesk.messaging.contract.JsonSupport.JSON;

import com.calldesk.security.AgentLevel;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every seat state change, whoever causes it: the agent (through {@link Seats}) or the telephone
 * side (through the call handling). Each change is made on the locked seat row, audited, and pushed
 * to the agent's open page after commit. A building block: role checks live in the EJBs using it.
 */
@ApplicationScoped
public class SeatBoard {

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private DeskChannel desks;
  @Inject private Event<SeatReady> readyEvents;
  @Inject private Clock clock;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Seats that a transaction still in flight is putting a call through to. Concurrent distribution
   * decisions all start from the same longest-idle agent; instead of queueing on that seat's row
   * lock until the first decision commits (and the call waiting behind it), the others move on to
   * the next candidate at once. Only a hint: the row lock taken next is what guarantees one call
   * per agent, also across servers.
   */
  private final Set<Long> claimed = ConcurrentHashMap.newKeySet();

  /**
   * READY agents, longest idle first.
   *
   * @param level only agents of this level, or null for all
   */
  public List<ReadyAgent> readyAgents(AgentLevel level, int max) {
    var query =
        em.createQuery(
            "select new com.calldesk.seats.ReadyAgent(e.id, e.employeeNo, e.level, s.stateSince,"
                + " s.channelCode)"
                + " from AgentSeat s, Employee e where e.id = s.employeeId"
                + " and s.state = com.calldesk.seats.AgentState.READY"
                + (level == null ? "" : " and e.level = :level")
                + " order by s.stateSince, e.employeeNo",
            ReadyAgent.class);
    if (level != null) {
      query.setParameter("level", level);
    }
    return query.setMaxResults(max).getResultList();
  }

  /**
   * Puts a call through to the agent if they are still READY once their seat is locked (another
   * transaction may have taken them meanwhile), and not while another transaction is doing so.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean reserve(Long employeeId, String callId, String actor) {
    if (!claimed.add(employeeId)) {
      return false;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            claimed.remove(employeeId);
          }
        });
    AgentSeat seat = em.find(AgentSeat.class, employeeId, LockModeType.PESSIMISTIC_WRITE);
    if (seat == null || seat.getState() != AgentState.READY) {
      return false;
    }
    change(seat, s -> s.connect(callId, clock.instant()), actor, "call " + callId);
    return true;
  }

  /** The telephone side connected a call to this agent (e.g. a transfer), whatever their state. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void connect(String employeeNo, String callId, String actor) {
    locked(employeeNo)
        .ifPresent(
            seat -> change(seat, s -> s.connect(callId, clock.instant()), actor, "call " + callId));
  }

  /**
   * The agent's part in the call is over: WRAP_UP, counted in the status bar. Talk time counts from
   * when the call was put through to them.
   *
   * @param counts whether the call counts as handled by this agent
   * @param wrapUpSeconds how long wrap-up lasts by itself; 0 waits for the agent
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void callFinished(
      String employeeNo, String callId, boolean counts, int wrapUpSeconds, String actor) {
    locked(employeeNo)
        .filter(seat -> callId.equals(seat.getCurrentCallId()))
        .filter(seat -> seat.getState() == AgentState.TALKING)
        .ifPresent(
            seat -> {
              Instant now = clock.instant();
              Instant until = wrapUpSeconds > 0 ? now.plusSeconds(wrapUpSeconds) : null;
              long talked = java.time.Duration.between(seat.getStateSince(), now).toSeconds();
              change(
                  seat,
                  s -> s.callFinished(talked, counts, now, until),
                  actor,
                  "call " + callId + " finished");
            });
  }

  /** The call never reached the agent after all: back to READY (if still on that call). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(String employeeNo, String callId, String actor, String why) {
    locked(employeeNo)
        .filter(seat -> callId.equals(seat.getCurrentCallId()))
        .filter(seat -> seat.getState() == AgentState.TALKING)
        .ifPresent(seat -> change(seat, s -> s.release(clock.instant()), actor, why));
  }

  /** Seats whose wrap-up time is over become READY. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int expireWrapUps() {
    Instant now = clock.instant();
    List<Long> due =
        em.createQuery(
                "select s.employeeId from AgentSeat s where s.state ="
                    + " com.calldesk.seats.AgentState.WRAP_UP and s.wrapUpUntil <= :now",
                Long.class)
            .setParameter("now", now)
            .getResultList();
    int changed = 0;
    for (Long id : due) {
      AgentSeat seat = em.find(AgentSeat.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (seat.getState() == AgentState.WRAP_UP
          && seat.getWrapUpUntil() != null
          && !seat.getWrapUpUntil().isAfter(now)) {
        change(seat, s -> s.ready(now), AuditTrail.SYSTEM, "wrap-up time over");
        changed++;
      }
    }
    return changed;
  }

  public Optional<SeatView> find(String employeeNo) {
    return employees
        .findByEmployeeNo(employeeNo)
        .map(e -> view(e, em.find(AgentSeat.class, e.getId())));
  }

  /** Every agent seat that is logged in, by employee id. */
  public List<SeatView> online() {
    return em
        .createQuery(
            "select e, s from Employee e, AgentSeat s where e.id = s.employeeId"
                + " and s.state <> com.calldesk.seats.AgentState.OFFLINE order by e.employeeNo",
            Object[].class)
        .getResultList()
        .stream()
        .map(row -> view((Employee) row[0], (AgentSeat) row[1]))
        .toList();
  }

  /** Locks the employee's seat, creating it (OFFLINE) on first use. */
  @Transactional(Transactional.TxType.MANDATORY)
  AgentSeat seatOf(Employee employee) {
    AgentSeat seat = em.find(AgentSeat.class, employee.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (seat == null) {
      seat = new AgentSeat(employee.getId(), clock.instant());
      em.persist(seat);
    }
    return seat;
  }

  /** Applies one change to a locked seat: audit, push, and tell the dispatcher when READY. */
  @Transactional(Transactional.TxType.MANDATORY)
  void change(
      AgentSeat seat, java.util.function.Consumer<AgentSeat> transition, String actor, String why) {
    AgentState before = seat.getState();
    transition.accept(seat);
    Employee employee = em.find(Employee.class, seat.getEmployeeId());
    String detail = before + " -> " + seat.getState() + (why == null ? "" : " (" + why + ")");
    if (actor == null) {
      audit.record("SEAT_STATE", Seats.SUBJECT, employee.getEmployeeNo(), detail);
    } else {
      audit.recordAs(actor, "SEAT_STATE", Seats.SUBJECT, employee.getEmployeeNo(), detail);
    }
    SeatView view = view(employee, seat);
    desks.publish(DeskNotice.to(employee.getEmployeeNo(), seatJson(view)));
    desks.publish(
        DeskNotice.toMonitors(employees.numberOf(employee.getSupervisorId()), monitorJson(view)));
    if (seat.getState() == AgentState.READY && before != AgentState.READY) {
      readyEvents.fire(new SeatReady(employee.getEmployeeNo()));
    }
  }

  /**
   * A supervisor or admin sends an agent on a break or off the floor (the agent went missing, the
   * shift is over). Not while they are on a call: it would cut the caller off.
   *
   * @throws com.calldesk.shared.BusinessException {@code monitor.onCall}, {@code monitor.already}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public SeatView force(Employee agent, AgentState to, String why) {
    if (to != AgentState.BREAK && to != AgentState.OFFLINE) {
      throw new IllegalArgumentException("only BREAK or OFFLINE can be forced, not " + to);
    }
    AgentSeat seat = seatOf(agent);
    if (seat.getState() == to || seat.getState() == AgentState.OFFLINE) {
      throw new com.calldesk.shared.BusinessException(
          "monitor.already", null, agent.getEmployeeNo() + " is already " + seat.getState());
    }
    if (seat.getState() == AgentState.TALKING) {
      throw new com.calldesk.shared.BusinessException(
          "monitor.onCall", null, agent.getEmployeeNo() + " is on call " + seat.getCurrentCallId());
    }
    Instant now = clock.instant();
    change(seat, to == AgentState.BREAK ? s -> s.takeBreak(now) : s -> s.signOut(now), null, why);
    return view(agent, seat);
  }

  /**
   * A break the agent was granted begins now, if they are free (READY or wrapping up): not while on
   * a call.
   *
   * @return whether the seat is now BREAK
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean startBreak(Employee agent, String actor, String why) {
    AgentSeat seat = seatOf(agent);
    if (seat.getState() != AgentState.READY && seat.getState() != AgentState.WRAP_UP) {
      return false;
    }
    Instant now = clock.instant();
    change(seat, s -> s.takeBreak(now), actor, why);
    return true;
  }

  /** Back from a break: READY, if the seat is still on BREAK. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean endBreak(Employee agent, String actor, String why) {
    AgentSeat seat = seatOf(agent);
    if (seat.getState() != AgentState.BREAK) {
      return false;
    }
    Instant now = clock.instant();
    change(seat, s -> s.ready(now), actor, why);
    return true;
  }

  /** The seats of these employees (OFFLINE for those never seen), keyed by employee id. */
  public java.util.Map<Long, SeatView> views(List<Employee> team) {
    java.util.Map<Long, SeatView> views = new java.util.LinkedHashMap<>();
    if (team.isEmpty()) {
      return views;
    }
    java.util.Map<Long, AgentSeat> seats = new java.util.HashMap<>();
    em.createQuery("select s from AgentSeat s where s.employeeId in :ids", AgentSeat.class)
        .setParameter("ids", team.stream().map(Employee::getId).toList())
        .getResultList()
        .forEach(s -> seats.put(s.getEmployeeId(), s));
    team.forEach(e -> views.put(e.getId(), view(e, seats.get(e.getId()))));
    return views;
  }

  private Optional<AgentSeat> locked(String employeeNo) {
    return employees
        .findByEmployeeNo(employeeNo)
        .map(e -> em.find(AgentSeat.class, e.getId(), LockModeType.PESSIMISTIC_WRITE));
  }

  /** The inbound channel the employee's seat is taken at, or null. */
  public String channelOf(String employeeNo) {
    return employees
        .findByEmployeeNo(employeeNo)
        .map(e -> em.find(AgentSeat.class, e.getId()))
        .map(AgentSeat::getChannelCode)
        .orElse(null);
  }

  static SeatView view(Employee e, AgentSeat seat) {
    if (seat == null) {
      return new SeatView(
          e.getEmployeeNo(),
          e.getFullName(),
          e.getLevel(),
          AgentState.OFFLINE,
          null,
          null,
          null,
          null,
          null,
          0,
          0);
    }
    return new SeatView(
        e.getEmployeeNo(),
        e.getFullName(),
        e.getLevel(),
        seat.getState(),
        seat.getStateSince(),
        seat.getLoginAt(),
        seat.getChannelCode(),
        seat.getCurrentCallId(),
        seat.getWrapUpUntil(),
        seat.getCallsHandled(),
        seat.getTalkSeconds());
  }

  /** The status bar's figures, as the desk page receives them. */
  public static String seatJson(SeatView v) {
    return seatJson("seat", v).build().toString();
  }

  /** One row of the seat monitor, as its page receives it. */
  public static String monitorJson(SeatView v) {
    return seatJson("monitor-seat", v).add("agentNo", v.employeeNo()).build().toString();
  }

  private static JsonObjectBuilder seatJson(String kind, SeatView v) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("kind", kind)
            .add("state", v.state().name())
            .add("callsHandled", v.callsHandled())
            .add("talkSeconds", v.talkSeconds());
    addInstant(b, "stateSince", v.stateSince());
    addInstant(b, "loginAt", v.loginAt());
    addInstant(b, "wrapUpUntil", v.wrapUpUntil());
    if (v.currentCallId() != null) {
      b.add("callId", v.currentCallId());
    }
    if (v.channelCode() != null) {
      b.add("channel", v.channelCode());
    }
    return b;
  }

  private static void addInstant(JsonObjectBuilder b, String name, Instant value) {
    if (value != null) {
      b.add(name, value.toEpochMilli());
    } else {
      b.addNull(name);
    }
  }
}
