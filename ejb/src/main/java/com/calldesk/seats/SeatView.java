package com.calldesk.seats;

import com.calldesk.security.AgentLevel;
import java.time.Instant;

/**
 * What the agent status bar shows about one seat. Read-only copy, safe to bind to a page.
 *
 * @param channelCode the inbound channel / extension the agent sits at, or null
 * @param currentCallId the call the agent is on or wrapping up, or null
 * @param wrapUpUntil when wrap-up ends by itself; null while not wrapping up or when it waits for
 *     the agent
 */
public record SeatView(
    String employeeNo,
    String fullName,
    AgentLevel level,
    AgentState state,
    Instant stateSince,
    Instant loginAt,
    String channelCode,
    String currentCallId,
    Instant wrapUpUntil,
    int callsHandled,
    long talkSeconds) {

  public boolean online() {
    return state != AgentState.OFFLINE;
  }
}
