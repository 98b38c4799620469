package com.calldesk.calls;

/**
 * A call in progress was cut off by the line, not ended by the caller or the agent (fired inside
 * the transaction that closes it). The callbacks room raises an urgent callback.
 *
 * @param agentNo the agent who had the call
 */
public record CallDropped(Long customerId, String callId, String agentNo) {}
