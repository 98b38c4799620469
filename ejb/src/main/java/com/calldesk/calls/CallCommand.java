package com.calldesk.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A call-control command sent to the telephone side (its id is the message id) and, once the result
 * arrives, what became of it. The outcome is set once.
 */
@Entity
@Table(name = "cd_call_command")
public class CallCommand {

  public enum Outcome {
    PENDING,
    DONE,
    FAILED
  }

  @Id
  @Column(length = 100)
  private String id;

  @Column(name = "call_row_id", nullable = false, updatable = false)
  private Long callRowId;

  @Column(name = "command_type", nullable = false, updatable = false, length = 30)
  private String type;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 60)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "target_agent_no", updatable = false, length = 20)
  private String targetAgentNo;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome = Outcome.PENDING;

  @Column(name = "outcome_reason", length = 200)
  private String outcomeReason;

  @Column(name = "outcome_at")
  private Instant outcomeAt;

  @Version private long version;

  protected CallCommand() {}

  CallCommand(
      String id,
      Long callRowId,
      String type,
      String requestedBy,
      Instant requestedAt,
      String targetAgentNo) {
    this.id = id;
    this.callRowId = callRowId;
    this.type = type;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.targetAgentNo = targetAgentNo;
  }

  /**
   * @return false when the outcome was already known (a repeated result changes nothing)
   */
  boolean settle(Outcome result, String reason, Instant at) {
    if (outcome != Outcome.PENDING) {
      return false;
    }
    outcome = result;
    outcomeReason = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
    outcomeAt = at;
    return true;
  }

  public String getId() {
    return id;
  }

  public Long getCallRowId() {
    return callRowId;
  }

  public String getType() {
    return type;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getTargetAgentNo() {
    return targetAgentNo;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }
}
