package com.calldesk.workorders;

import java.io.Serializable;
import java.time.Instant;

/** A work order in a state list. */
public record WorkOrderRow(
    Long id,
    String orderNo,
    String customerNo,
    String customerName,
    String appointmentNo,
    Instant slotStartsAt,
    String request,
    WorkOrderState state,
    String workArea,
    String technician,
    int dispatchCount,
    String sentBackReason,
    Instant createdAt)
    implements Serializable {}
