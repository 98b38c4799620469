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
  private final transient Object[] args;

  public BusinessException(String messageKey, String field, String message) {
    this(messageKey, field, message, new Object[0]);
  }

  /**
   * @param args values for the placeholders of the translated message ({0}, {1}…), e.g. who made
   *     the change that refused this one
   */
  public BusinessException(String messageKey, String field, String message, Object... args) {
    super(message);
    this.messageKey = messageKey;
    this.field = field;
    this.args = args == null ? new Object[0] : args.clone();
  }

  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
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
