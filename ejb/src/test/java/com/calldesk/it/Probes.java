package com.calldesk.it;

import com.calldesk.messaging.MessagingResources;
import com.calldesk.messaging.contract.MessageHeaders;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the tests look at: queues through plain JMS, tables through JPQL. Outside transactions. */
@ApplicationScoped
public class Probes {

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @PersistenceContext private EntityManager em;

  /** Sends like the telephone side or a partner would; {@code duplicateId} may be null. */
  public void send(String queue, String body, String duplicateId, String groupId) {
    try (JMSContext jms = connectionFactory.createContext()) {
      TextMessage m = jms.createTextMessage(body);
      if (duplicateId != null) {
        m.setStringProperty(MessageHeaders.DUPLICATE_ID, duplicateId);
      }
      if (groupId != null) {
        m.setStringProperty(MessageHeaders.GROUP_ID, groupId);
      }
      jms.createProducer().send(jms.createQueue(queue), m);
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a partner's request with the queue its answer is to go to. */
  public void sendRequest(String queue, String body, String duplicateId, String replyTo) {
    try (JMSContext jms = connectionFactory.createContext()) {
      TextMessage m = jms.createTextMessage(body);
      m.setStringProperty(MessageHeaders.DUPLICATE_ID, duplicateId);
      m.setJMSReplyTo(jms.createQueue(replyTo));
      jms.createProducer().send(jms.createQueue(queue), m);
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Bodies of the messages waiting in a queue, without consuming them. */
  public List<String> browse(String queue) {
    List<String> bodies = new ArrayList<>();
    try (JMSContext jms = connectionFactory.createContext();
        QueueBrowser browser = jms.createBrowser(jms.createQueue(queue))) {
      for (Object m : Collections.list(browser.getEnumeration())) {
        bodies.add(((Message) m).getBody(String.class));
      }
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
    return bodies;
  }

  /** Messages waiting in a queue: body and the contract's refusal reason (null if none). */
  public List<String[]> browseWithRefusal(String queue) {
    List<String[]> found = new ArrayList<>();
    try (JMSContext jms = connectionFactory.createContext();
        QueueBrowser browser = jms.createBrowser(jms.createQueue(queue))) {
      for (Object m : Collections.list(browser.getEnumeration())) {
        Message message = (Message) m;
        found.add(
            new String[] {
              message.getBody(String.class),
              message.getStringProperty(MessageHeaders.REFUSAL),
              message.getStringProperty(MessageHeaders.REFUSED_ON)
            });
      }
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  /** Audit entries of an action whose detail contains a text. */
  public long auditEntriesMentioning(String action, String text) {
    return em.createQuery(
            "select count(a) from AuditEntry a where a.action = :action and a.detail like :text",
            Long.class)
        .setParameter("action", action)
        .setParameter("text", "%" + text + "%")
        .getSingleResult();
  }

  public long auditEntries(String action, String subjectId) {
    return em.createQuery(
            "select count(a) from AuditEntry a where a.action = :action and a.subjectId = :id",
            Long.class)
        .setParameter("action", action)
        .setParameter("id", subjectId)
        .getSingleResult();
  }

  public long processed(String messageId) {
    return em.createQuery(
            "select count(p) from ProcessedMessage p where p.messageId = :id", Long.class)
        .setParameter("id", messageId)
        .getSingleResult();
  }
}
