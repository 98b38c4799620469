package com.calldesk.notices;

import java.io.Serializable;
import java.time.Instant;

/**
 * A notice as the screens show it.
 *
 * @param read for a recipient's list: whether they marked it read
 * @param readers for the sender's list: how many of the {@code recipients} read it
 */
public record NoticeView(
    Long id,
    Audience audience,
    String audienceNo,
    String body,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    boolean read,
    long readers,
    long recipients)
    implements Serializable {}
