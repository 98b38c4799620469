package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.messaging.contract.MessageContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * What every consumer (MDB) does with a message: hold the body to the published contract (envelope
 * and payload schema of its type and version, size) before anything else, skip it if this consumer
 * has handled its id before, otherwise record the id and hand it to the handler for its type — all
 * in one transaction, so the id is remembered exactly when the effect commits. The message is
 * acknowledged after that transaction commits (see {@link QueueConsumer}).
 *
 * <p>Anything wrong is thrown, never swallowed, and the transaction rolls back. A {@link
 * ContractViolation} can never succeed, so the consumer sends the message straight to the
 * dead-letter queue ({@link MessageRefusals}); anything else is redelivered with growing delays,
 * and after the last attempt the broker moves it to the dead-letter queue for an operator.
 */
@ApplicationScoped
public class InboundMessageProcessor {

  private static final Logger LOG = Logger.getLogger(InboundMessageProcessor.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject @Any private Instance<InboundMessageHandler> handlers;
  @Inject private Clock clock;

  /**
   * @return false when the message was a duplicate and had no effect
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean process(CallDeskQueue queue, Message message) {
    Envelope envelope = MessageContract.published().read(body(message));
    InboundMessageHandler handler = handlerFor(queue, envelope.type());
    String consumer = queue.address();
    if (em.find(ProcessedMessage.class, new ProcessedMessage.Key(consumer, envelope.id()))
        != null) {
      LOG.info(() -> "Skipping " + envelope.type() + " " + envelope.id() + ": already processed");
      return false;
    }
    // Persisted and flushed first: a concurrent delivery of the same id fails on the primary key
    // here, rolls back, and on redelivery finds the id processed.
    em.persist(new ProcessedMessage(consumer, envelope.id(), envelope.type(), clock.instant()));
    em.flush();
    handler.handle(envelope, message);
    return true;
  }

  private InboundMessageHandler handlerFor(CallDeskQueue queue, String type) {
    for (InboundMessageHandler h : handlers) {
      if (h.queue() == queue && h.types().contains(type)) {
        return h;
      }
    }
    throw new ContractViolation(type + " is not taken on " + queue.address());
  }

  private static String body(Message message) {
    if (!(message instanceof TextMessage text)) {
      throw new ContractViolation(
          "expected a JSON text message, got " + message.getClass().getSimpleName());
    }
    try {
      return text.getText();
    } catch (JMSException e) {
      throw new IllegalStateException("could not read message body", e);
    }
  }
}
