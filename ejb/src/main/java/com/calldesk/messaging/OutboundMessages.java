package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.messaging.contract.MessageHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;

/**
 * Sends contract messages to the telephone side and to partners. Only inside a transaction: the
 * message leaves when the business change commits, and never if it rolls back.
 */
@ApplicationScoped
public class OutboundMessages {

  @Inject
  @JMSConnectionFactory(MessagingResources.CONNECTION_FACTORY)
  private JMSContext jms;

  /**
   * @param groupId messages with the same group id are consumed in order by one consumer (e.g. the
   *     call id); may be null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void send(CallDeskQueue queue, Envelope envelope, String groupId) {
    if (queue.direction() != CallDeskQueue.Direction.OUTBOUND) {
      throw new IllegalArgumentException(queue + " is consumed by CallDesk, not sent to");
    }
    sendTo(queue.address(), envelope, groupId, null);
  }

  /** The same, for one partner: the message carries {@link MessageHeaders#PARTNER}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sendToPartner(
      CallDeskQueue queue, Envelope envelope, String groupId, String partnerId) {
    if (queue.direction() != CallDeskQueue.Direction.OUTBOUND) {
      throw new IllegalArgumentException(queue + " is consumed by CallDesk, not sent to");
    }
    sendTo(queue.address(), envelope, groupId, partnerId);
  }

  /**
   * Answers a request on the queue its sender named (JMSReplyTo) when that is {@code queue} or a
   * queue declared under its name ({@code calldesk.partner.replies.<partner>}); otherwise on {@code
   * queue}. A sender cannot make CallDesk write anywhere else.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reply(
      CallDeskQueue queue,
      jakarta.jms.Message request,
      Envelope envelope,
      String groupId,
      String partnerId) {
    String address = queue.address();
    try {
      if (request != null && request.getJMSReplyTo() instanceof jakarta.jms.Queue asked) {
        String name = asked.getQueueName();
        if (name.equals(address) || name.startsWith(address + ".")) {
          address = name;
        }
      }
    } catch (JMSException e) {
      // An unreadable JMSReplyTo: the default queue.
    }
    sendTo(address, envelope, groupId, partnerId);
  }

  private void sendTo(String address, Envelope envelope, String groupId, String partnerId) {
    try {
      TextMessage message = jms.createTextMessage(envelope.toJson());
      message.setJMSCorrelationID(envelope.correlationId());
      message.setJMSType(envelope.type());
      message.setStringProperty(MessageHeaders.TYPE, envelope.type());
      // Same id as the envelope: a retried send of the same message is dropped by the broker.
      message.setStringProperty(MessageHeaders.DUPLICATE_ID, envelope.id());
      if (groupId != null) {
        message.setStringProperty(MessageHeaders.GROUP_ID, groupId);
      }
      if (partnerId != null) {
        message.setStringProperty(MessageHeaders.PARTNER, partnerId);
      }
      jms.createProducer()
          .setDeliveryMode(DeliveryMode.PERSISTENT)
          .send(jms.createQueue(address), message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }
}
