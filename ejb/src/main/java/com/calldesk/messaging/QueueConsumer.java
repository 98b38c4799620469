package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Base of the MDBs, one per inbound queue. The container-managed transaction spans the JMS receive
 * (XA through the resource adapter) and the database work: both commit, or the message goes back.
 *
 * <p>Each subclass names its queue in {@code @MessageDriven}; the resource adapter is named in
 * {@code META-INF/glassfish-ejb-jar.xml}.
 */
public abstract class QueueConsumer implements MessageListener {

  @Inject private InboundMessageProcessor processor;

  protected abstract CallDeskQueue queue();

  /** Rethrows whatever fails, so the broker redelivers and finally dead-letters the message. */
  @Override
  public void onMessage(Message message) {
    processor.process(queue(), message);
  }
}
