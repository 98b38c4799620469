package com.calldesk.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request the business rules refuse. Rolls the transaction back so nothing is half-saved; the
 * screen shows {@link #messageKey()} translated, next to the field it names (if any).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;

  public BusinessException(String messageKey, String field, String message) {
    super(message);
    this.messageKey = messageKey;
    this.field = field;
  }

  /** Key in the web module's message bundle. */
  public String messageKey() {
    return messageKey;
  }

  /** Form field the problem belongs to, or null for the whole form. */
  public String field() {
    return field;
  }
}
