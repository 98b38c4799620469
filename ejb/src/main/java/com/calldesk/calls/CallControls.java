package com.calldesk.calls;

import static com.calldesk.messaging.contract.JsonSupport.JSON;

import com.calldesk.seats.AgentState;
import com.calldesk.seats.SeatBoard;
import com.calldesk.seats.SeatView;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * What an agent does to the call they are on (SPEC §3.5): transfer, three-way, block, mute. Each is
 * a command to the telephone side, saved with the call and audited in the same transaction as the
 * message leaves; the result comes back on the results queue and is pushed to the agent's page.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class CallControls {

  static final int REASON_MAX = 200;

  @PersistenceContext private EntityManager em;
  @Inject private CallFlow flow;
  @Inject private SeatBoard seats;
  @Inject private CallTimeline timeline;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** Pass the call to another agent (转机); they must be logged in and READY. */
  public CommandView transfer(String toAgentNo) {
    PhoneCall call = myConnectedCall();
    SeatView target = readyColleague(toAgentNo);
    return command(
        call,
        "call.transfer",
        target.employeeNo(),
        JSON.createObjectBuilder()
            .add("callId", call.getCallId())
            .add("toAgentNo", target.employeeNo())
            .build(),
        "to " + target.employeeNo());
  }

  /** Bring another agent into the call, staying on the line (三通). */
  public CommandView threeWay(String agentNo) {
    PhoneCall call = myConnectedCall();
    SeatView target = readyColleague(agentNo);
    return command(
        call,
        "call.three-way",
        target.employeeNo(),
        JSON.createObjectBuilder()
            .add("callId", call.getCallId())
            .add("agentNo", target.employeeNo())
            .build(),
        "with " + target.employeeNo());
  }

  /**
   * End a nuisance call with a busy tone and blacklist the number (闭塞), keeping who and why. The
   * number is refused from the next call on, even before the switch confirms this one.
   */
  public CommandView block(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new BusinessException("calls.block.reasonRequired", "reason", "a reason is required");
    }
    if (why.length() > REASON_MAX) {
      throw new BusinessException("calls.block.reasonTooLong", "reason", "reason too long");
    }
    PhoneCall call = myConnectedCall();
    if (em.find(BlacklistEntry.class, call.getCallerNumber()) == null) {
      em.persist(
          new BlacklistEntry(call.getCallerNumber(), why, me(), clock.instant(), call.getCallId()));
      audit.record("BLACKLISTED", "Blacklist", call.getCallerNumber(), why);
    }
    return command(
        call,
        "call.block",
        null,
        JSON.createObjectBuilder().add("callId", call.getCallId()).build(),
        why);
  }

  /** Silence the agent's side for {@value CallSettings#MUTE_SECONDS} seconds (静音). */
  public CommandView mute() {
    PhoneCall call = myConnectedCall();
    return command(
        call,
        "call.mute",
        null,
        JSON.createObjectBuilder()
            .add("callId", call.getCallId())
            .add("seconds", CallSettings.MUTE_SECONDS)
            .build(),
        CallSettings.MUTE_SECONDS + " s");
  }

  private CommandView command(
      PhoneCall call,
      String type,
      String targetAgentNo,
      jakarta.json.JsonObject payload,
      String detail) {
    CallCommand command = flow.record(call, type, me(), targetAgentNo);
    flow.send(command.getId(), type, call, payload);
    timeline.add(call, type.substring("call.".length()).toUpperCase(), me(), targetAgentNo, detail);
    audit.record("CALL_COMMAND", CallFlow.SUBJECT, call.getCallId(), type + " " + detail);
    return new CommandView(command.getId(), type, call.getCallId(), targetAgentNo);
  }

  /** The call the caller is talking on; anything else is refused with a message. */
  private PhoneCall myConnectedCall() {
    SeatView seat =
        seats.find(me()).orElseThrow(() -> new IllegalStateException("no employee " + me()));
    if (seat.state() != AgentState.TALKING || seat.currentCallId() == null) {
      throw new BusinessException("calls.noCall", null, me() + " is not on a call");
    }
    PhoneCall call =
        flow.lockedOpen(seat.currentCallId())
            .orElseThrow(() -> new BusinessException("calls.noCall", null, "the call has ended"));
    if (call.getStatus() != CallStatus.TALKING || !me().equals(call.getAgentNo())) {
      throw new BusinessException(
          "calls.notConnected", null, "call " + call.getCallId() + " is not connected to " + me());
    }
    return call;
  }

  private SeatView readyColleague(String agentNo) {
    if (agentNo == null || agentNo.isBlank()) {
      throw new BusinessException("calls.agentRequired", "agent", "choose an agent");
    }
    if (agentNo.equals(me())) {
      throw new BusinessException("calls.notYourself", "agent", "cannot pass a call to yourself");
    }
    SeatView target =
        seats
            .find(agentNo)
            .orElseThrow(
                () -> new BusinessException("calls.agentUnknown", "agent", "no agent " + agentNo));
    if (target.state() != AgentState.READY) {
      throw new BusinessException(
          "calls.agentNotReady", "agent", agentNo + " is " + target.state() + ", not READY");
    }
    return target;
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
