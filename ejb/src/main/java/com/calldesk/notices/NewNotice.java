package com.calldesk.notices;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a supervisor or admin sends.
 *
 * @param agentNo the one agent, for {@link Audience#AGENT}
 * @param expiresAt when it leaves the desks, or null to stay until read and after
 */
public record NewNotice(Audience audience, String agentNo, String body, Instant expiresAt)
    implements Serializable {}
