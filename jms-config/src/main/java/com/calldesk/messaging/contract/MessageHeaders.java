package com.calldesk.messaging.contract;

/** JMS message properties the contract fixes, beside the JSON body. */
public final class MessageHeaders {

  /**
   * Artemis duplicate-detection id. CallDesk sets it to the envelope {@code id}; partners must do
   * the same so a retried send is dropped by the broker instead of processed twice.
   */
  public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  /**
   * Message group: all messages of one call (or one case) carry the same group id so the broker
   * hands them to one consumer at a time, in order.
   */
  public static final String GROUP_ID = "JMSXGroupID";

  /** Copy of the envelope {@code type}, so operators can filter a queue without parsing JSON. */
  public static final String TYPE = "calldeskType";

  /**
   * On a message CallDesk refused for breaking the contract (in {@code DLQ.<queue>}): why, e.g.
   * {@code call.offered version 1 payload: /channel: required property 'channel' not found}.
   */
  public static final String REFUSAL = "calldeskRefusal";

  /** On a refused message: the queue it was sent to. */
  public static final String REFUSED_ON = "calldeskRefusedOn";

  /**
   * On partner replies and events: the partner they are for, so each partner reads its own with a
   * message selector ({@code calldeskPartner = 'travel-agency-a'}) and leaves the others'.
   */
  public static final String PARTNER = "calldeskPartner";

  private MessageHeaders() {}
}
