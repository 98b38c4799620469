package com.calldesk.inquiries;

import java.io.Serializable;
import java.time.Instant;

/** One line of My history or of a team's unanswered list. */
public record InquiryRow(
    Long id,
    String customerNo,
    String customerName,
    String categoryCode,
    String question,
    boolean answered,
    String agentNo,
    Instant createdAt)
    implements Serializable {}
