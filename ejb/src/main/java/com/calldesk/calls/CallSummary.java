package com.calldesk.calls;

import java.time.Instant;

/** One row of the call log as an agent's history shows it. */
public record CallSummary(
    String callId,
    String callerNumber,
    String customerNo,
    String channel,
    String agentNo,
    CallStatus status,
    Instant offeredAt,
    Instant answeredAt,
    Instant endedAt,
    Long talkSeconds,
    Disposition disposition) {}
