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

  @Version private long version;

  protected AgentSeat() {}

  AgentSeat(Long employeeId, Instant now) {
    this.employeeId = employeeId;
    this.state = AgentState.OFFLINE;
    this.stateSince = now;
  }

  void signIn(Instant now) {
    loginAt = now;
    moveTo(AgentState.READY, now);
  }

  void signOut(Instant now) {
    loginAt = null;
    moveTo(AgentState.OFFLINE, now);
  }

  private void moveTo(AgentState next, Instant now) {
    state = next;
    stateSince = now;
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
