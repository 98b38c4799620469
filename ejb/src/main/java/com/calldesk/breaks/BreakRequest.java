package com.calldesk.breaks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A break an agent asked for: waiting in their team's queue, granted (running), refused, cancelled
 * by them, or ended by their coming back. The state only moves forward; who decided and when stays.
 */
@Entity
@Table(name = "cd_break_request")
public class BreakRequest {

  /** Where a request is. */
  public enum State {
    WAITING,
    GRANTED,
    REFUSED,
    CANCELLED,
    ENDED
  }

  @Id
  @SequenceGenerator(name = "floor_seq", sequenceName = "cd_floor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "floor_seq")
  private Long id;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private Long employeeId;

  @Column(name = "employee_no", nullable = false, updatable = false, length = 20)
  private String employeeNo;

  /** The agent's supervisor when they asked: whose team's share counts. */
  @Column(name = "team_id", updatable = false)
  private Long teamId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private BreakKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(length = 300)
  private String reason;

  /** When a meal break is up (granted + 30 minutes); null for other kinds. */
  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Version private long version;

  protected BreakRequest() {}

  BreakRequest(Long employeeId, String employeeNo, Long teamId, BreakKind kind, Instant now) {
    this.employeeId = employeeId;
    this.employeeNo = employeeNo;
    this.teamId = teamId;
    this.kind = kind;
    this.state = State.WAITING;
    this.requestedAt = now;
  }

  void grant(String by, Instant now, Instant endsAt) {
    require(State.WAITING);
    state = State.GRANTED;
    decidedBy = by;
    decidedAt = now;
    this.endsAt = endsAt;
  }

  void refuse(String by, Instant now, String why) {
    require(State.WAITING);
    state = State.REFUSED;
    decidedBy = by;
    decidedAt = now;
    reason = why;
  }

  void cancel(String by, Instant now) {
    require(State.WAITING);
    state = State.CANCELLED;
    decidedBy = by;
    decidedAt = now;
  }

  void end(Instant now) {
    require(State.GRANTED);
    state = State.ENDED;
    endedAt = now;
  }

  void reminded(Instant now) {
    remindedAt = now;
  }

  private void require(State expected) {
    if (state != expected) {
      throw new IllegalStateException("break " + id + " is " + state + ", not " + expected);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public Long getTeamId() {
    return teamId;
  }

  public BreakKind getKind() {
    return kind;
  }

  public State getState() {
    return state;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getReason() {
    return reason;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public long getVersion() {
    return version;
  }
}
