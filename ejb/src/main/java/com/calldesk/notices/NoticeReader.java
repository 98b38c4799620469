package com.calldesk.notices;

import java.io.Serializable;
import java.time.Instant;

/** One recipient of a notice and when they read it (null: not yet). */
public record NoticeReader(String employeeNo, String name, Instant readAt)
    implements Serializable {}
