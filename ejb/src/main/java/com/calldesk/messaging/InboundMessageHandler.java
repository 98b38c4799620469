package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import java.util.Set;

/**
 * Handles the messages of some types arriving on one inbound queue. Business modules implement it
 * as a CDI bean; {@link InboundMessageProcessor} finds it. It runs inside the consumer's
 * transaction: throwing rolls back its work and the message is redelivered, then dead-lettered.
 */
public interface InboundMessageHandler {

  CallDeskQueue queue();

  /** Envelope types handled, e.g. {@code call.offered}. */
  Set<String> types();

  void handle(Envelope message);

  /**
   * The same, with the JMS message it came in (for a handler that answers the sender on its
   * JMSReplyTo). Handlers that need no more than the envelope leave this as it is.
   */
  default void handle(Envelope message, jakarta.jms.Message jms) {
    handle(message);
  }
}
