package com.calldesk.inquiries;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An inquiry with its replies, read-only.
 *
 * @param answeredOnSave whether the agent ticked "answered" when saving it
 * @param answered whether it is answered now: on save, or by a later reply
 */
public record InquiryView(
    Long id,
    Long customerId,
    String customerNo,
    String customerName,
    String callId,
    String categoryCode,
    String question,
    String answer,
    boolean answeredOnSave,
    boolean answered,
    Long articleId,
    String agentNo,
    Instant createdAt,
    List<ReplyView> replies)
    implements Serializable {}
