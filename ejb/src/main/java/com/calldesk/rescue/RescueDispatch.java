package com.calldesk.rescue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One notification of a unit: the dispatch task sent to the telephone side and what came back. The
 * time from notifying to the acknowledgement is kept for the reports.
 */
@Entity
@Table(name = "cd_rescue_dispatch")
public class RescueDispatch {

  @Id
  @SequenceGenerator(
      name = "rescue_dispatch_seq",
      sequenceName = "cd_rescue_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rescue_dispatch_seq")
  private Long id;

  @Column(name = "task_id", nullable = false, length = 40)
  private String taskId;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "notified_by", nullable = false, length = 20)
  private String notifiedBy;

  @Column(name = "notified_at", nullable = false)
  private Instant notifiedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DispatchOutcome outcome = DispatchOutcome.PENDING;

  @Column(name = "eta_minutes")
  private Integer etaMinutes;

  @Column(length = 200)
  private String reason;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "ack_seconds")
  private Long ackSeconds;

  @Column(name = "arrived_at")
  private Instant arrivedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected RescueDispatch() {}

  RescueDispatch(String taskId, Long caseId, Long unitId, String notifiedBy, Instant notifiedAt) {
    this.taskId = taskId;
    this.caseId = caseId;
    this.unitId = unitId;
    this.notifiedBy = notifiedBy;
    this.notifiedAt = notifiedAt;
  }

  void answered(DispatchOutcome outcome, Integer etaMinutes, String reason, Instant at) {
    this.outcome = outcome;
    this.etaMinutes = etaMinutes;
    this.reason = reason;
    this.answeredAt = at;
    if (outcome == DispatchOutcome.ACKNOWLEDGED) {
      this.ackSeconds = Math.max(0, Duration.between(notifiedAt, at).toSeconds());
    }
  }

  void arrived(Instant at) {
    this.arrivedAt = at;
  }

  void completed(Instant at) {
    this.completedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getNotifiedBy() {
    return notifiedBy;
  }

  public Instant getNotifiedAt() {
    return notifiedAt;
  }

  public DispatchOutcome getOutcome() {
    return outcome;
  }

  public Integer getEtaMinutes() {
    return etaMinutes;
  }

  public String getReason() {
    return reason;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Long getAckSeconds() {
    return ackSeconds;
  }

  public Instant getArrivedAt() {
    return arrivedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
