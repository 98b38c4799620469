package com.calldesk.complaints;

import java.io.Serializable;
import java.time.Instant;

/** A line of a complaint list. */
public record ComplaintRow(
    Long id,
    String complaintNo,
    String customerNo,
    String customerName,
    String categoryCode,
    ComplaintTarget targetType,
    String target,
    ComplaintState state,
    String departmentCode,
    String agentNo,
    Instant receivedAt,
    Instant dueAt,
    boolean overdue,
    boolean dueSoon,
    boolean repeat)
    implements Serializable {}
