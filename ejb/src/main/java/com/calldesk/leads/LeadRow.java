package com.calldesk.leads;

import java.io.Serializable;
import java.time.Instant;

/** A lead in a list. */
public record LeadRow(
    Long id,
    String leadNo,
    String customerNo,
    String customerName,
    String regionCode,
    Interest interest,
    Timing timing,
    Lead.State state,
    LeadResult result,
    Instant forwardedAt,
    int chaseCount,
    boolean overdue,
    String agentNo)
    implements Serializable {}
