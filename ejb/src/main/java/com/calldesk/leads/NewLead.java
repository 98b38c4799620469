package com.calldesk.leads;

import java.io.Serializable;

/** What the agent records about a caller interested in buying. */
public record NewLead(
    Long customerId,
    String callId,
    String regionCode,
    String need,
    Interest interest,
    Timing timing)
    implements Serializable {}
