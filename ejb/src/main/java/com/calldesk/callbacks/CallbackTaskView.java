package com.calldesk.callbacks;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A callback task as its screen shows it, with its earlier attempts (newest first). */
public record CallbackTaskView(
    Long id,
    Long customerId,
    String customerNo,
    String customerName,
    CallbackSource source,
    String reason,
    int urgency,
    LocalDate dueOn,
    CallbackTask.State state,
    String assignedToNo,
    LocalDate assignedOn,
    int rolledOver,
    int attempts,
    Instant nextTryAt,
    CallbackOutcome outcome,
    String dialOutcome,
    boolean dialling,
    long version,
    List<Attempt> history)
    implements Serializable {

  /** One earlier try. */
  public record Attempt(
      int attemptNo,
      CallbackOutcome outcome,
      String answers,
      CallbackAttempt.NextStep nextStep,
      Instant retryAt,
      String doneBy,
      Instant doneAt)
      implements Serializable {}
}
