package com.calldesk.inquiries;

import java.io.Serializable;

/**
 * A reply appended to an inquiry.
 *
 * @param answers whether it answers the question (the inquiry then counts as answered)
 */
public record NewReply(String body, boolean answers, Long articleId) implements Serializable {}
