package com.calldesk.inquiries;

import java.io.Serializable;
import java.time.Instant;

public record ReplyView(
    Long id, String body, boolean answers, Long articleId, String repliedBy, Instant repliedAt)
    implements Serializable {}
