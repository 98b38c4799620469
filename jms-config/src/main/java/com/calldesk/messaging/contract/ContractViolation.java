package com.calldesk.messaging.contract;

/** A message that does not follow the published contract. It can never succeed on a retry. */
public class ContractViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContractViolation(String message) {
    super(message);
  }

  public ContractViolation(String message, Throwable cause) {
    super(message, cause);
  }
}
