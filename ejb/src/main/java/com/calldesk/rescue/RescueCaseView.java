package com.calldesk.rescue;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A rescue case with its notifications and its process record, oldest step first. */
public record RescueCaseView(
    Long id,
    String caseNo,
    Long customerId,
    String customerNo,
    String customerName,
    String callId,
    Instant calledAt,
    String vehicleModel,
    String plateNo,
    String contactPerson,
    String contactPhone,
    String faultLocation,
    String serviceArea,
    String faultSymptom,
    RescueState state,
    String agentNo,
    Instant createdAt,
    Instant closedAt,
    long version,
    List<DispatchView> dispatches,
    List<StepView> steps)
    implements Serializable {

  /** Whether the agent may notify a unit now: nobody is on the way or being dialled. */
  public boolean mayNotify() {
    return state == RescueState.OPEN;
  }

  /** One notification and its answer. */
  public record DispatchView(
      String taskId,
      Long unitId,
      String unitName,
      String unitPhone,
      String notifiedBy,
      Instant notifiedAt,
      DispatchOutcome outcome,
      Integer etaMinutes,
      String reason,
      Instant answeredAt,
      Long ackSeconds,
      Instant arrivedAt,
      Instant completedAt)
      implements Serializable {}

  /** A line of the process record. */
  public record StepView(String action, String detail, String by, Instant at)
      implements Serializable {}
}
