package com.calldesk.monitor;

import com.calldesk.breaks.BreakKind;
import com.calldesk.seats.AgentState;
import java.io.Serializable;
import java.time.Instant;

/**
 * One agent on the seat monitor.
 *
 * @param callId the call they are on or wrapping up, or null
 * @param quota today's callback quota; {@code tasks} held today, {@code done} of them
 * @param breakKind the break they are on (or asked for), or null
 * @param breakEndsAt when their meal break is up, or null
 */
public record MonitorRow(
    String employeeNo,
    String name,
    AgentState state,
    Instant stateSince,
    String callId,
    int callsHandled,
    long talkSeconds,
    int quota,
    int tasks,
    int done,
    BreakKind breakKind,
    Instant breakEndsAt)
    implements Serializable {}
