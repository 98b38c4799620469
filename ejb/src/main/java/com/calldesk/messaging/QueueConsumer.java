package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.shared.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Base of the MDBs, one per inbound queue. Exactly once without XA on the receiving side: the
 * message's effect, the record of its id and any message it sends commit in one transaction that
 * {@link InboundMessageProcessor} starts; the resource adapter acknowledges the message only after
 * that, and puts it back for redelivery when {@code onMessage} throws. A message redelivered after
 * its effect committed (the server stopped between commit and acknowledgement) finds its id
 * recorded and changes nothing.
 *
 * <p>Not receiving under XA saves two broker round trips (prepare and commit, each waiting for the
 * journal to reach the disk) on every message, and makes a transaction that sends nothing a
 * one-phase commit of the database alone.
 *
 * <p>A request a business rule refuses (on a queue whose senders are answered, such as partner
 * requests) is recorded as handled and answered with the reasons by {@link MessageRefusals}, in a
 * transaction of its own after the one that found it rolled back: nothing of it is kept.
 *
 * <p>Each subclass names its queue in {@code @MessageDriven}; the resource adapter is named in
 * {@code META-INF/glassfish-ejb-jar.xml}.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class QueueConsumer implements MessageListener {

  @Inject private InboundMessageProcessor processor;
  @Inject private MessageRefusals refusals;

  protected abstract CallDeskQueue queue();

  private static BusinessException businessRefusalIn(Throwable e) {
    for (Throwable t = e; t != null; ) {
      if (t instanceof BusinessException b) {
        return b;
      }
      t =
          t instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : t.getCause();
    }
    return null;
  }

  /**
   * A message that breaks the contract goes straight to the dead-letter queue, after the
   * transaction that found it rolled back (nothing of it is kept). Whatever else fails is rethrown,
   * so the broker redelivers and finally dead-letters the message.
   */
  @Override
  public void onMessage(Message message) {
    try {
      processor.process(queue(), message);
    } catch (ContractViolation violation) {
      refusals.refuse(queue(), message, violation);
    } catch (RuntimeException e) {
      // A business rule refused a request whose sender expects an answer: answered, not retried.
      BusinessException refusal = businessRefusalIn(e);
      if (refusal == null || !refusals.answers(queue())) {
        throw e;
      }
      refusals.refuseRequest(queue(), message, refusal);
    }
  }
}
