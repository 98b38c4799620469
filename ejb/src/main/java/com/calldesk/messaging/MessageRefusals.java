package com.calldesk.messaging;

import static com.calldesk.messaging.contract.JsonSupport.JSON;

import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.MessageContract;
import com.calldesk.messaging.contract.MessageHeaders;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Where a message that breaks the published contract goes: straight to its queue's dead-letter
 * queue, once, with the reason in {@link MessageHeaders#REFUSAL}, and one audit entry and one log
 * line. A contract violation can never succeed on a retry, so it is not retried; the broker's
 * redelivery schedule is kept for failures that may pass (a database that is briefly away).
 *
 * <p>Runs in a transaction of its own, after the transaction that found the violation rolled back:
 * nothing of a refused message is kept but the copy in the dead-letter queue and the audit entry,
 * and those two commit together. The original is acknowledged after that.
 */
@ApplicationScoped
public class MessageRefusals {

  private static final Logger LOG = Logger.getLogger(MessageRefusals.class.getName());

  /** Audit subject type of refused messages; the subject id is the JMS message id. */
  public static final String SUBJECT = "Message";

  /** JMS property: the refused message's JMS message id, so an operator can find the original. */
  public static final String ORIGINAL_MESSAGE_ID = "calldeskOriginalMessageId";

  /** JMS property: the refused message's duplicate-detection id, if it had one. */
  public static final String ORIGINAL_DUPLICATE_ID = "calldeskOriginalDuplicateId";

  private static final int MAX_REASON = 1000;

  @Inject
  @JMSConnectionFactory(MessagingResources.CONNECTION_FACTORY)
  private JMSContext jms;

  @Inject private AuditTrail audit;

  @Inject @Any private Instance<RefusalReplies> replies;
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refuse(CallDeskQueue queue, Message original, ContractViolation violation) {
    String reason = truncate(violation.getMessage());
    try {
      Message copy = copyOf(original);
      copy.setStringProperty(MessageHeaders.REFUSAL, reason);
      copy.setStringProperty(MessageHeaders.REFUSED_ON, queue.address());
      copy.setStringProperty(ORIGINAL_MESSAGE_ID, original.getJMSMessageID());
      if (original.propertyExists(MessageHeaders.DUPLICATE_ID)) {
        // Not as _AMQ_DUPL_ID: the dead-letter address would drop a second refused copy, and an
        // operator's replay must not be taken for a duplicate of the refusal.
        copy.setStringProperty(
            ORIGINAL_DUPLICATE_ID,
            String.valueOf(original.getObjectProperty(MessageHeaders.DUPLICATE_ID)));
      }
      jms.createProducer()
          .setDeliveryMode(DeliveryMode.PERSISTENT)
          .send(jms.createQueue(queue.deadLetterAddress()), copy);
      String envelopeId = envelopeIdOf(original);
      audit.recordAs(
          AuditTrail.SYSTEM,
          "MESSAGE_REFUSED",
          SUBJECT,
          original.getJMSMessageID(),
          queue.address()
              + (envelopeId == null ? "" : ", message id " + envelopeId)
              + ": "
              + reason);
      answer(queue, original, List.of(new RefusalReplies.Reason(null, "CONTRACT", reason)));
      LOG.warning(
          () ->
              "Refused a message on "
                  + queue.address()
                  + " (to "
                  + queue.deadLetterAddress()
                  + "): "
                  + reason);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  /** Whether this queue's senders are answered when a business rule refuses their message. */
  public boolean answers(CallDeskQueue queue) {
    return replyFor(queue) != null;
  }

  /**
   * A valid request a business rule refused (a full slot, a product not on offer): nothing of it is
   * kept (its transaction rolled back), but its id is recorded as handled, so a duplicate does not
   * try again, and the sender is answered with the reasons, in one transaction of its own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refuseRequest(CallDeskQueue queue, Message original, BusinessException refusal) {
    String envelopeId = envelopeIdOf(original);
    if (envelopeId != null) {
      em.persist(new ProcessedMessage(queue.address(), envelopeId, "refused", clock.instant()));
    }
    List<RefusalReplies.Reason> reasons = new ArrayList<>();
    if (refusal instanceof InvalidInput invalid) {
      for (var p : invalid.problems()) {
        reasons.add(
            new RefusalReplies.Reason(
                p.field(), p.messageKey(), p.field() + ": " + p.messageKey()));
      }
    } else {
      reasons.add(
          new RefusalReplies.Reason(
              refusal.field(), refusal.messageKey(), truncate(refusal.getMessage())));
    }
    answer(queue, original, reasons);
    try {
      audit.recordAs(
          AuditTrail.SYSTEM,
          "REQUEST_REFUSED",
          SUBJECT,
          original.getJMSMessageID(),
          queue.address()
              + (envelopeId == null ? "" : ", message id " + envelopeId)
              + ": "
              + reasons.stream().map(RefusalReplies.Reason::code).toList());
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private void answer(CallDeskQueue queue, Message original, List<RefusalReplies.Reason> reasons) {
    RefusalReplies reply = replyFor(queue);
    if (reply != null) {
      reply.refused(original, reasons);
    }
  }

  private RefusalReplies replyFor(CallDeskQueue queue) {
    for (RefusalReplies r : replies) {
      if (r.queue() == queue) {
        return r;
      }
    }
    return null;
  }

  private Message copyOf(Message original) throws JMSException {
    if (original instanceof TextMessage text) {
      return jms.createTextMessage(text.getText());
    }
    if (original instanceof BytesMessage bytes) {
      byte[] body = new byte[(int) bytes.getBodyLength()];
      bytes.readBytes(body);
      BytesMessage copy = jms.createBytesMessage();
      copy.writeBytes(body);
      return copy;
    }
    return jms.createTextMessage(null);
  }

  /** The envelope id, if the body is JSON with one: for the operator looking for a message. */
  private static String envelopeIdOf(Message original) {
    try {
      if (original instanceof TextMessage text
          && text.getText() != null
          && text.getText().length() <= MessageContract.MAX_BODY_BYTES) {
        try (JsonReader reader = JSON.createReader(new StringReader(text.getText()))) {
          JsonValue id = reader.readObject().get("id");
          if (id instanceof JsonString s && s.getString().length() <= 100) {
            return s.getString();
          }
        }
      }
    } catch (JMSException | RuntimeException e) {
      // Not JSON or not an object: the reason says so; there is no id to name.
    }
    return null;
  }

  private static String truncate(String reason) {
    String r = reason == null ? "contract violation" : reason;
    return r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON) + "…";
  }
}
