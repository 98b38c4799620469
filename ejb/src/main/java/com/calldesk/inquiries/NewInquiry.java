package com.calldesk.inquiries;

import java.io.Serializable;

/**
 * An inquiry as the agent records it.
 *
 * @param callId the call it was made during, or null (e.g. a customer opened from the history)
 * @param articleId a knowledge article the answer refers to, or null
 */
public record NewInquiry(
    Long customerId,
    String callId,
    String categoryCode,
    String question,
    String answer,
    boolean answered,
    Long articleId)
    implements Serializable {}
