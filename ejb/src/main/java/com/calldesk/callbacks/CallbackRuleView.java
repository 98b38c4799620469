package com.calldesk.callbacks;

import java.io.Serializable;
import java.time.Instant;

/** A callback rule as the admin screen shows it, with the days it accepts. */
public record CallbackRuleView(
    String code,
    boolean active,
    int days,
    int minDays,
    int maxDays,
    long version,
    String updatedBy,
    Instant updatedAt)
    implements Serializable {}
