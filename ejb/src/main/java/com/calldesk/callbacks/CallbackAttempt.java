package com.calldesk.callbacks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at a callback task, with what the customer said. Only ever added. */
@Entity
@Table(name = "cd_callback_attempt")
public class CallbackAttempt {

  /** What follows the try. */
  public enum NextStep {
    DONE,
    RETRY,
    NEW_TASK
  }

  @Id
  @SequenceGenerator(
      name = "callback_attempt_seq",
      sequenceName = "cd_callback_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "callback_attempt_seq")
  private Long id;

  @Column(name = "task_id", nullable = false)
  private Long taskId;

  @Column(name = "attempt_no", nullable = false)
  private int attemptNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CallbackOutcome outcome;

  @Column(length = 2000)
  private String answers;

  @Enumerated(EnumType.STRING)
  @Column(name = "next_step", nullable = false, length = 10)
  private NextStep nextStep;

  @Column(name = "retry_at")
  private Instant retryAt;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected CallbackAttempt() {}

  CallbackAttempt(
      Long taskId,
      int attemptNo,
      CallbackOutcome outcome,
      String answers,
      NextStep nextStep,
      Instant retryAt,
      String doneBy,
      Instant doneAt) {
    this.taskId = taskId;
    this.attemptNo = attemptNo;
    this.outcome = outcome;
    this.answers = answers;
    this.nextStep = nextStep;
    this.retryAt = retryAt;
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("callback attempt " + id + " is history and cannot change");
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public CallbackOutcome getOutcome() {
    return outcome;
  }

  public String getAnswers() {
    return answers;
  }

  public NextStep getNextStep() {
    return nextStep;
  }

  public Instant getRetryAt() {
    return retryAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public Long getTaskId() {
    return taskId;
  }
}
