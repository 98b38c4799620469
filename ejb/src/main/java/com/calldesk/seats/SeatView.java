package com.calldesk.seats;

import com.calldesk.security.AgentLevel;
import java.time.Instant;

/** What the agent status bar shows about one seat. Read-only copy, safe to bind to a page. */
public record SeatView(
    String employeeNo,
    String fullName,
    AgentLevel level,
    AgentState state,
    Instant stateSince,
    Instant loginAt) {}
