package com.calldesk.seats;

import com.calldesk.security.AgentLevel;
import java.time.Instant;

/** A READY agent who could take a call, and since when they have been idle. */
public record ReadyAgent(
    Long employeeId, String employeeNo, AgentLevel level, Instant idleSince, String channelCode) {}
