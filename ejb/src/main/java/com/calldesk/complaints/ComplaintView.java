package com.calldesk.complaints;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A complaint as its screen shows it: every field, its history, its repeat links, whether it is
 * overdue or due soon, and the moves the viewer may make now.
 */
public record ComplaintView(
    Long id,
    String complaintNo,
    Long customerId,
    String customerNo,
    String customerName,
    String callId,
    ComplaintChannel channel,
    String categoryCode,
    ComplaintTarget targetType,
    String target,
    String content,
    Instant receivedAt,
    ComplaintState state,
    ComplaintState heldFrom,
    String holdReason,
    Instant dueAt,
    long pausedSeconds,
    boolean overdue,
    boolean dueSoon,
    String departmentCode,
    String rejection,
    ComplaintCause cause,
    String causeDetail,
    String responsiblePerson,
    String plan,
    String resolution,
    String feedback,
    Integer satisfaction,
    String repeatOfNo,
    Long repeatOfId,
    List<String> repeatedBy,
    String agentNo,
    Instant closedAt,
    LocalDate followupDueOn,
    long version,
    Set<ComplaintAction> moves,
    List<StepView> steps)
    implements Serializable {

  /** One step of the history. */
  public record StepView(
      String action,
      ComplaintState fromState,
      ComplaintState toState,
      String detail,
      String by,
      Instant at)
      implements Serializable {}
}
