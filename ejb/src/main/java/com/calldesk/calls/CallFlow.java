package com.calldesk.calls;

import static com.calldesk.messaging.contract.JsonSupport.JSON;

import com.calldesk.customers.CustomerCalled;
import com.calldesk.customers.CustomerRegistry;
import com.calldesk.customers.CustomerSummary;
import com.calldesk.messaging.OutboundMessages;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.seats.ReadyAgent;
import com.calldesk.seats.SeatBoard;
import com.calldesk.security.AgentLevel;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The life of a call as the telephone side reports it, and the distribution decisions CallDesk
 * sends back. Runs in the transaction of the consumer (or of the floor timer): the call-log row,
 * the seat change and the command to the switch commit together or not at all.
 *
 * <p>Lock order, everywhere: the call row first, then seats. That keeps concurrent consumers and
 * the floor timer from deadlocking each other.
 */
@ApplicationScoped
public class CallFlow {

  /** The version of call.route CallDesk sends (2: with the agent's extension). */
  static final int ROUTE_VERSION = 2;

  private static final Logger LOG = Logger.getLogger(CallFlow.class.getName());
  private static final String ACTOR = AuditTrail.SYSTEM;
  static final String SUBJECT = "Call";

  /** How many READY agents to try when the first is taken by a concurrent decision. */
  private static final int CANDIDATES = 8;

  @PersistenceContext private EntityManager em;
  @Inject private jakarta.enterprise.event.Event<CustomerCalled> customerCalled;
  @Inject private jakarta.enterprise.event.Event<CallDropped> callDropped;
  @Inject private CustomerRegistry customers;
  @Inject private SeatBoard seats;
  @Inject private EmployeeRepository employees;
  @Inject private OutboundMessages outbound;
  @Inject private CallTimeline timeline;
  @Inject private CallNotices notices;
  @Inject private CallSettings settings;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  // --- events from the telephone side ----------------------------------------------------------

  @Transactional(Transactional.TxType.MANDATORY)
  public void offered(JsonObject p) {
    String callId = p.getString("callId");
    if (find(callId).isPresent()) {
      LOG.info(() -> "call " + callId + " was offered before; ignoring the repeat");
      return;
    }
    String caller = p.getString("callerNumber");
    Instant now = clock.instant();
    BlacklistEntry barred = em.find(BlacklistEntry.class, caller);
    // A refused caller gets no customer card: they never reach anyone who would use it.
    CustomerSummary customer = barred == null ? customers.identify(caller, ACTOR) : null;
    PhoneCall call =
        new PhoneCall(
            callId,
            caller,
            p.getString("calledNumber", null),
            p.getString("channel"),
            p.getBoolean("expertRequested", false),
            customer == null ? null : customer.id(),
            now);
    em.persist(call);
    em.flush();
    if (barred != null) {
      timeline.add(call, "OFFERED", ACTOR, null, "from " + caller);
      call.close(Disposition.REJECTED, "SYSTEM", now, 0L);
      timeline.add(call, "REJECTED", ACTOR, null, "blacklisted: " + barred.getReason());
      send(
          "call.reject",
          call,
          JSON.createObjectBuilder().add("callId", callId).add("reason", "BLACKLISTED").build());
      audit.recordAs(ACTOR, "CALL_REJECTED", SUBJECT, callId, "blacklisted caller " + caller);
      return;
    }
    timeline.add(
        call,
        "OFFERED",
        ACTOR,
        null,
        "from " + caller + " on " + call.getChannel() + ", customer " + customer.customerNo());
    if (!distribute(call)) {
      timeline.add(call, "WAITING", ACTOR, null, "no agent ready");
      notices.queue(waiting());
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void queued(JsonObject p) {
    lockedOpen(p.getString("callId"))
        .ifPresent(
            call -> {
              int length = p.getInt("queueLength");
              call.queued(length);
              timeline.add(call, "QUEUED", ACTOR, null, "IVR queue length " + length);
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void answered(JsonObject p) {
    String agentNo = p.getString("agentNo");
    lockedOpen(p.getString("callId"))
        .ifPresent(
            call -> {
              if (!agentNo.equals(call.getAgentNo())) {
                // The switch put it through to someone else than we asked: believe the switch.
                seats.connect(agentNo, call.getCallId(), ACTOR);
                notices.pop(agentNo, call);
              }
              call.answered(agentIdOf(agentNo), agentNo, clock.instant());
              timeline.add(call, "ANSWERED", ACTOR, agentNo, null);
              notices.answered(call);
              if (call.getCustomerId() != null) {
                customerCalled.fire(new CustomerCalled(call.getCustomerId(), call.getCallId()));
              }
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void transferred(JsonObject p) {
    String from = p.getString("fromAgentNo");
    String to = p.getString("toAgentNo");
    lockedOpen(p.getString("callId"))
        .ifPresent(
            call -> {
              call.transferredTo(agentIdOf(to), to, seats.channelOf(to));
              timeline.add(call, "TRANSFERRED", ACTOR, to, "from " + from + " to " + to);
              seats.callFinished(from, call.getCallId(), true, settings.wrapUpSeconds(), ACTOR);
              seats.connect(to, call.getCallId(), ACTOR);
              notices.passedOn(from, call);
              notices.pop(to, call);
              audit.recordAs(
                  ACTOR, "CALL_TRANSFERRED", SUBJECT, call.getCallId(), from + " -> " + to);
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void ended(JsonObject p) {
    String callId = p.getString("callId");
    String endedBy = p.getString("endedBy");
    Optional<PhoneCall> found = locked(callId);
    if (found.isEmpty()) {
      LOG.warning(() -> "call.ended for unknown call " + callId + "; nothing to close");
      return;
    }
    PhoneCall call = found.get();
    if (!call.isOpen()) {
      // A refused call is closed when refused; the switch's own end report only joins the timeline.
      timeline.add(call, "ENDED", ACTOR, null, "by " + endedBy);
      return;
    }
    CallStatus before = call.getStatus();
    String agentNo = call.getAgentNo();
    Disposition disposition =
        switch (before) {
          case WAITING, RINGING -> Disposition.ABANDONED;
          default ->
              blocked(call)
                  ? Disposition.BLOCKED
                  : "LINE".equals(endedBy) ? Disposition.DROPPED : Disposition.COMPLETED;
        };
    Long talk = p.containsKey("talkSeconds") ? p.getJsonNumber("talkSeconds").longValue() : null;
    call.close(
        disposition,
        endedBy,
        clock.instant(),
        before == CallStatus.TALKING ? talk : Long.valueOf(0));
    timeline.add(call, "ENDED", ACTOR, agentNo, disposition + " by " + endedBy);
    if (before == CallStatus.RINGING) {
      seats.release(agentNo, callId, ACTOR, "caller hung up while ringing");
      notices.ended(agentNo, call);
    } else if (before == CallStatus.TALKING) {
      seats.callFinished(agentNo, callId, true, settings.wrapUpSeconds(), ACTOR);
      notices.ended(agentNo, call);
    } else {
      notices.queue(waiting());
    }
    audit.recordAs(ACTOR, "CALL_CLOSED", SUBJECT, callId, disposition.name());
    if (disposition == Disposition.DROPPED && call.getCustomerId() != null) {
      callDropped.fire(new CallDropped(call.getCustomerId(), callId, agentNo));
    }
  }

  // --- results of commands -----------------------------------------------------------------

  @Transactional(Transactional.TxType.MANDATORY)
  public void controlResult(JsonObject p) {
    CallCommand command =
        em.find(CallCommand.class, p.getString("commandId"), LockModeType.PESSIMISTIC_WRITE);
    if (command == null) {
      LOG.warning(() -> "result for a command CallDesk never sent: " + p);
      return;
    }
    CallCommand.Outcome outcome = CallCommand.Outcome.valueOf(p.getString("outcome"));
    if (!command.settle(outcome, p.getString("reason", null), clock.instant())) {
      return;
    }
    PhoneCall call =
        em.find(PhoneCall.class, command.getCallRowId(), LockModeType.PESSIMISTIC_WRITE);
    timeline.add(
        call,
        "RESULT",
        ACTOR,
        command.getTargetAgentNo(),
        command.getType()
            + " "
            + outcome
            + (command.getOutcomeReason() == null ? "" : ": " + command.getOutcomeReason()));
    if ("call.route".equals(command.getType())) {
      if (outcome == CallCommand.Outcome.FAILED && call.isOpen()) {
        // The switch no longer has the call (hung up, or the IVR restarted): putting it back in
        // the queue would only route it again and again. It ends here; the agent is free.
        String agentNo = call.getAgentNo();
        CallStatus before = call.getStatus();
        call.close(Disposition.ABANDONED, "SYSTEM", clock.instant(), Long.valueOf(0));
        timeline.add(call, "ENDED", ACTOR, agentNo, "ABANDONED: the switch could not route");
        if (before == CallStatus.RINGING && agentNo != null) {
          seats.release(agentNo, call.getCallId(), ACTOR, "the switch could not route");
          notices.ended(agentNo, call);
        }
        audit.recordAs(ACTOR, "CALL_CLOSED", SUBJECT, call.getCallId(), "route failed");
      }
      return;
    }
    notices.result(command, call.getCallId());
  }

  // --- distribution ----------------------------------------------------------------------------

  /**
   * Puts a waiting call through to the READY agent idle longest; a call that asks for an expert
   * goes to an EXPERT if one is ready, else to anyone.
   *
   * @return false when nobody is ready (the call keeps waiting)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  boolean distribute(PhoneCall call) {
    if (call.isExpertRequested() && routeToOneOf(call, AgentLevel.EXPERT)) {
      return true;
    }
    return routeToOneOf(call, null);
  }

  private boolean routeToOneOf(PhoneCall call, AgentLevel level) {
    List<ReadyAgent> candidates = seats.readyAgents(level, CANDIDATES);
    for (ReadyAgent agent : candidates) {
      if (seats.reserve(agent.employeeId(), call.getCallId(), ACTOR)) {
        call.routeTo(agent.employeeId(), agent.employeeNo(), agent.channelCode(), clock.instant());
        CallCommand route = record(call, "call.route", ACTOR, agent.employeeNo());
        // Version 2: the switch also learns the extension the agent sits at.
        var payload =
            JSON.createObjectBuilder()
                .add("callId", call.getCallId())
                .add("agentNo", agent.employeeNo());
        if (agent.channelCode() != null) {
          payload.add("extension", agent.channelCode());
        }
        send(route.getId(), "call.route", ROUTE_VERSION, call, payload.build());
        timeline.add(
            call,
            "ROUTED",
            ACTOR,
            agent.employeeNo(),
            agent.level() + ", idle since " + agent.idleSince());
        notices.pop(agent.employeeNo(), call);
        return true;
      }
    }
    return false;
  }

  /** Waiting calls, oldest first, matched with agents who have become ready. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int dispatchWaiting(int max) {
    List<Long> waiting =
        em.createQuery(
                "select c.id from PhoneCall c where c.status = com.calldesk.calls.CallStatus.WAITING"
                    + " order by c.offeredAt",
                Long.class)
            .setMaxResults(max)
            .getResultList();
    int routed = 0;
    for (Long id : waiting) {
      if (seats.readyAgents(null, 1).isEmpty()) {
        break;
      }
      PhoneCall call = em.find(PhoneCall.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (call.getStatus() == CallStatus.WAITING && distribute(call)) {
        routed++;
      }
    }
    if (routed > 0) {
      notices.queue(waiting());
    }
    return routed;
  }

  /** Callers waiting for an agent right now. */
  public long waiting() {
    return em.createQuery(
            "select count(c) from PhoneCall c where c.status = com.calldesk.calls.CallStatus.WAITING",
            Long.class)
        .getSingleResult();
  }

  // --- helpers used by the call controls too ---------------------------------------------------

  Optional<PhoneCall> find(String callId) {
    return em.createQuery("select c from PhoneCall c where c.callId = :id", PhoneCall.class)
        .setParameter("id", callId)
        .getResultStream()
        .findFirst();
  }

  /** The call row, locked until commit and read fresh under the lock. */
  private Optional<PhoneCall> locked(String callId) {
    return em.createQuery("select c from PhoneCall c where c.callId = :id", PhoneCall.class)
        .setParameter("id", callId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The open call, locked; a message about a closed or unknown call changes nothing. */
  Optional<PhoneCall> lockedOpen(String callId) {
    Optional<PhoneCall> found = locked(callId);
    if (found.isEmpty()) {
      LOG.warning(() -> "event for unknown call " + callId + "; ignored");
    } else if (!found.get().isOpen()) {
      LOG.info(() -> "event for closed call " + callId + "; the call log is not changed");
      return Optional.empty();
    }
    return found;
  }

  CallCommand record(PhoneCall call, String type, String requestedBy, String targetAgentNo) {
    CallCommand command =
        new CallCommand(
            java.util.UUID.randomUUID().toString(),
            call.getId(),
            type,
            requestedBy,
            clock.instant(),
            targetAgentNo);
    em.persist(command);
    return command;
  }

  void send(String commandId, String type, PhoneCall call, JsonObject payload) {
    send(commandId, type, 1, call, payload);
  }

  private void send(
      String commandId, String type, int version, PhoneCall call, JsonObject payload) {
    outbound.send(
        CallDeskQueue.CALL_CONTROL,
        new Envelope(type, version, commandId, call.getCallId(), clock.instant(), payload),
        call.getCallId());
  }

  private void send(String type, PhoneCall call, JsonObject payload) {
    send(java.util.UUID.randomUUID().toString(), type, call, payload);
  }

  private boolean blocked(PhoneCall call) {
    return em.createQuery(
                "select count(c) from CallCommand c where c.callRowId = :id"
                    + " and c.type = 'call.block'",
                Long.class)
            .setParameter("id", call.getId())
            .getSingleResult()
        > 0;
  }

  private Long agentIdOf(String agentNo) {
    return employees.findByEmployeeNo(agentNo).map(e -> e.getId()).orElse(null);
  }
}
