package com.calldesk.leads;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A lead with its region, its owner's result and its history. */
public record LeadView(
    Long id,
    String leadNo,
    Long customerId,
    String customerNo,
    String customerName,
    String regionCode,
    String regionName,
    String ownerName,
    String need,
    Interest interest,
    Timing timing,
    Lead.State state,
    LeadResult result,
    String resultNote,
    String resultBy,
    Instant resultAt,
    Instant forwardedAt,
    Instant feedbackDue,
    int chaseCount,
    String agentNo,
    long version,
    List<StepView> steps)
    implements Serializable {

  /** A line of the history. */
  public record StepView(String action, String detail, String doneBy, Instant doneAt)
      implements Serializable {}

  /** Whether the owner is late with feedback. */
  public boolean overdue(Instant now) {
    return state == Lead.State.OPEN && feedbackDue.isBefore(now);
  }
}
