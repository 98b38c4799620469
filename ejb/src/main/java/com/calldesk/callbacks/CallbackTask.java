package com.calldesk.callbacks;

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
import java.time.LocalDate;

/** A callback task (回访): waiting for an agent, on an agent's list for a day, or done. */
@Entity
@Table(name = "cd_callback_task")
public class CallbackTask {

  /** Where a task is. */
  public enum State {
    WAITING,
    ASSIGNED,
    /**
     * An automatic task (a confirmation, a reminder): the system dials it, no agent is involved.
     */
    AUTO,
    DONE
  }

  /**
   * What the call is for. A CALLBACK is an agent's conversation; the others are automatic: the
   * telephone side dials and plays the task's text (its reason) to the customer.
   */
  public enum Purpose {
    CALLBACK,
    CONFIRMATION,
    REMINDER,
    FOLLOW_UP
  }

  @Id
  @SequenceGenerator(name = "callback_seq", sequenceName = "cd_callback_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "callback_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CallbackSource source;

  @Column(name = "source_key", length = 80)
  private String sourceKey;

  @Column(nullable = false, length = 500)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 15)
  private Purpose purpose = Purpose.CALLBACK;

  @Column(nullable = false)
  private int urgency;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "assigned_to_id")
  private Long assignedToId;

  @Column(name = "assigned_to_no", length = 20)
  private String assignedToNo;

  @Column(name = "assigned_on")
  private LocalDate assignedOn;

  @Column(name = "rolled_over", nullable = false)
  private int rolledOver;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_try_at")
  private Instant nextTryAt;

  @Column(name = "dial_id", length = 40)
  private String dialId;

  @Column(name = "dial_sent_at")
  private Instant dialSentAt;

  @Column(name = "dial_outcome", length = 20)
  private String dialOutcome;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private CallbackOutcome outcome;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "created_by_id")
  private Long createdById;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CallbackTask() {}

  CallbackTask(
      Long customerId,
      CallbackSource source,
      String sourceKey,
      String reason,
      int urgency,
      LocalDate dueOn,
      Long createdById,
      String createdBy,
      Instant now) {
    this.customerId = customerId;
    this.source = source;
    this.sourceKey = sourceKey;
    this.reason = reason;
    this.urgency = urgency;
    this.dueOn = dueOn;
    this.state = State.WAITING;
    this.createdById = createdById;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedBy = createdBy;
    this.updatedAt = now;
  }

  void assign(Long agentId, String agentNo, LocalDate day, String by, Instant now) {
    if (state != State.WAITING) {
      throw new IllegalStateException("task " + id + " is " + state + ", not waiting");
    }
    state = State.ASSIGNED;
    assignedToId = agentId;
    assignedToNo = agentNo;
    assignedOn = day;
    touch(by, now);
  }

  /** An automatic task: the system dials it on its due day; no agent takes it. */
  static CallbackTask automatic(
      Long customerId,
      CallbackSource source,
      String sourceKey,
      Purpose purpose,
      String text,
      LocalDate dueOn,
      String createdBy,
      Instant now) {
    if (purpose == Purpose.CALLBACK) {
      throw new IllegalArgumentException("a CALLBACK is an agent's task");
    }
    CallbackTask task =
        new CallbackTask(customerId, source, sourceKey, text, 0, dueOn, null, createdBy, now);
    task.purpose = purpose;
    task.state = State.AUTO;
    return task;
  }

  /**
   * An automatic dial came back: answered finishes the task REACHED; no answer or busy keeps it for
   * another dial at {@code retryAt}, or finishes it with that outcome when {@code retryAt} is null
   * (the attempts ran out).
   */
  void automaticResult(CallbackOutcome outcome, Instant retryAt, String by, Instant now) {
    if (state != State.AUTO) {
      throw new IllegalStateException("task " + id + " is " + state + ", not automatic");
    }
    attempts++;
    if (outcome == CallbackOutcome.REACHED || retryAt == null) {
      state = State.DONE;
      this.outcome = outcome;
      doneAt = now;
      nextTryAt = null;
    } else {
      nextTryAt = retryAt;
    }
    touch(by, now);
  }

  /** The automatic task is no longer wanted (its appointment was cancelled): never dialled. */
  void withdraw(String by, Instant now) {
    if (state != State.AUTO) {
      throw new IllegalStateException("task " + id + " is " + state + ", not automatic");
    }
    state = State.DONE;
    outcome = CallbackOutcome.WITHDRAWN;
    doneAt = now;
    nextTryAt = null;
    touch(by, now);
  }

  /** The telephone side is asked to dial the customer (auto-dial); its answer is not in yet. */
  void dialling(String dialId, String by, Instant now) {
    if (state != State.AUTO) {
      requireAssigned();
    }
    this.dialId = dialId;
    this.dialSentAt = now;
    this.dialOutcome = null;
    touch(by, now);
  }

  /**
   * How long CallDesk waits for a dial's result: after that the telephone side is taken to have
   * lost it, and the agent may dial again (a result for the old dial is then dead-lettered).
   */
  static final java.time.Duration DIAL_TIMEOUT = java.time.Duration.ofMinutes(5);

  /** Whether a dial was sent and its result has not come back (nor been given up on). */
  boolean isDialling(Instant now) {
    return dialId != null && dialOutcome == null && dialSentAt.plus(DIAL_TIMEOUT).isAfter(now);
  }

  /** Moves an unfinished task of an earlier day to the same agent's list for {@code today}. */
  void rollOver(LocalDate today, String by, Instant now) {
    requireAssigned();
    assignedOn = today;
    rolledOver++;
    touch(by, now);
  }

  /** An attempt that did not finish the task: it stays on the list, to be tried at {@code at}. */
  void tryAgain(Instant at, String by, Instant now) {
    requireAssigned();
    attempts++;
    nextTryAt = at;
    touch(by, now);
  }

  void finish(CallbackOutcome how, String by, Instant now) {
    requireAssigned();
    attempts++;
    state = State.DONE;
    outcome = how;
    doneAt = now;
    nextTryAt = null;
    touch(by, now);
  }

  private void requireAssigned() {
    if (state != State.ASSIGNED) {
      throw new IllegalStateException("task " + id + " is " + state + ", not assigned");
    }
  }

  private void touch(String by, Instant now) {
    updatedBy = by;
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public CallbackSource getSource() {
    return source;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getReason() {
    return reason;
  }

  public int getUrgency() {
    return urgency;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public State getState() {
    return state;
  }

  public Long getAssignedToId() {
    return assignedToId;
  }

  public String getAssignedToNo() {
    return assignedToNo;
  }

  public LocalDate getAssignedOn() {
    return assignedOn;
  }

  public int getRolledOver() {
    return rolledOver;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextTryAt() {
    return nextTryAt;
  }

  public String getDialId() {
    return dialId;
  }

  public String getDialOutcome() {
    return dialOutcome;
  }

  public CallbackOutcome getOutcome() {
    return outcome;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Long getCreatedById() {
    return createdById;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
