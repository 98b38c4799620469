package com.calldesk.seats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The seat of one agent: their current state and since when. One row per agent, kept forever. */
@Entity
@Table(name = "cd_agent_seat")
public class AgentSeat {

  @Id
  @Column(name = "employee_id")
  private Long employeeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AgentState state;

  @Column(name = "state_since", nullable = false)
  private Instant stateSince;

  @Column(name = "login_at")
  private Instant loginAt;

  /** The telephone side's id of the call the agent is on (or wrapping up). */
  @Column(name = "current_call_id", length = 100)
  private String currentCallId;

  @Column(name = "wrap_up_until")
  private Instant wrapUpUntil;

  /** The inbound channel / extension the agent chose at login (the switch rings it). */
  @Column(name = "channel_code", length = 30)
  private String channelCode;

  @Column(name = "calls_handled", nullable = false)
  private int callsHandled;

  @Column(name = "talk_seconds", nullable = false)
  private long talkSeconds;

  @Version private long version;

  protected AgentSeat() {}

  AgentSeat(Long employeeId, Instant now) {
    this.employeeId = employeeId;
    this.state = AgentState.OFFLINE;
    this.stateSince = now;
  }

  /** Login: the status bar's figures count from here. */
  void signIn(Instant now, String channel) {
    loginAt = now;
    channelCode = channel;
    callsHandled = 0;
    talkSeconds = 0;
    currentCallId = null;
    wrapUpUntil = null;
    moveTo(AgentState.READY, now);
  }

  void signOut(Instant now) {
    loginAt = null;
    currentCallId = null;
    wrapUpUntil = null;
    moveTo(AgentState.OFFLINE, now);
  }

  /** A call is put through to this agent: the phone rings, the card pops. */
  void connect(String callId, Instant now) {
    currentCallId = callId;
    wrapUpUntil = null;
    moveTo(AgentState.TALKING, now);
  }

  /**
   * The agent's part in a call is over (it ended, or they passed it on).
   *
   * @param wrapUpUntil when wrap-up ends by itself, or null to wait for the agent
   */
  void callFinished(long talked, boolean counts, Instant now, Instant wrapUpUntil) {
    if (counts) {
      callsHandled++;
    }
    talkSeconds += Math.max(0, talked);
    this.wrapUpUntil = wrapUpUntil;
    moveTo(AgentState.WRAP_UP, now);
  }

  /** The call never reached the agent (the route failed, the caller hung up while it rang). */
  void release(Instant now) {
    currentCallId = null;
    wrapUpUntil = null;
    moveTo(AgentState.READY, now);
  }

  void ready(Instant now) {
    currentCallId = null;
    wrapUpUntil = null;
    moveTo(AgentState.READY, now);
  }

  /** A login that takes the seat over, at this channel (or the one the seat had). */
  void sitAt(String channel) {
    if (channel != null) {
      channelCode = channel;
    }
  }

  void takeBreak(Instant now) {
    moveTo(AgentState.BREAK, now);
  }

  private void moveTo(AgentState next, Instant now) {
    state = next;
    stateSince = now;
  }

  public String getCurrentCallId() {
    return currentCallId;
  }

  public Instant getWrapUpUntil() {
    return wrapUpUntil;
  }

  public String getChannelCode() {
    return channelCode;
  }

  public int getCallsHandled() {
    return callsHandled;
  }

  public long getTalkSeconds() {
    return talkSeconds;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public AgentState getState() {
    return state;
  }

  public Instant getStateSince() {
    return stateSince;
  }

  public Instant getLoginAt() {
    return loginAt;
  }

  public long getVersion() {
    return version;
  }
}
