package com.calldesk.workorders;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A work order with its appointment, where it was sent and its whole history. */
public record WorkOrderView(
    Long id,
    String orderNo,
    Long customerId,
    String customerNo,
    String customerName,
    String customerPhone,
    Long appointmentId,
    String appointmentNo,
    Instant slotStartsAt,
    Instant slotEndsAt,
    String location,
    String address,
    String request,
    WorkOrderState state,
    Long workAreaId,
    String workArea,
    Long technicianId,
    String technician,
    int dispatchCount,
    String handling,
    String sentBackReason,
    Instant createdAt,
    Instant completedAt,
    Instant auditedAt,
    long version,
    List<StepView> steps)
    implements Serializable {

  /** A line of the history. */
  public record StepView(String action, String detail, String doneBy, Instant doneAt)
      implements Serializable {}

  public boolean allows(String action) {
    return state.allows(WorkOrderState.Action.valueOf(action));
  }
}
