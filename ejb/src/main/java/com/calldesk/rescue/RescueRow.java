package com.calldesk.rescue;

import java.io.Serializable;
import java.time.Instant;

/** A line of a rescue case list. */
public record RescueRow(
    Long id,
    String caseNo,
    String customerNo,
    String plateNo,
    String faultLocation,
    RescueState state,
    String agentNo,
    Instant createdAt)
    implements Serializable {}
