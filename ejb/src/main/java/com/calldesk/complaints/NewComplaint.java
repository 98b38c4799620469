package com.calldesk.complaints;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the agent takes in (受理): the complainant (a customer), when and how the complaint came, its
 * category, what it is about, and what the customer says.
 *
 * @param callId the call it is taken during, or null outside a call
 * @param receivedAt when the customer complained; null for now (a letter may be older)
 */
public record NewComplaint(
    Long customerId,
    String callId,
    ComplaintChannel channel,
    String categoryCode,
    ComplaintTarget targetType,
    String target,
    String content,
    Instant receivedAt)
    implements Serializable {}
