package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * The contract as an outside IVR or partner developer meets it, on the run command's broker with
 * its restricted users and nothing but the Artemis client and JSON: what is refused, and how the
 * refusal reads. CallDesk never answers a broken message; it files it in the queue's dead-letter
 * queue with the reason in {@code calldeskRefusal}, at once.
 */
class ContractRefusalsIT {

  private static final String EVENTS = "calldesk.call.events";
  private static final String PARTNER_REQUESTS = "calldesk.partner.requests";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void aCallerNumberThatIsNotANumberIsRefusedWithTheFieldNamed() throws Exception {
    String id = sendAsTelephony(offered("anonymous", 1));
    assertTrue(refusalOf(EVENTS, id).contains("/callerNumber"), refusalOf(EVENTS, id));
  }

  @Test
  void aMissingFieldAnUnknownVersionAndAnOversizedBodyAreRefused() throws Exception {
    JsonObject noChannel = offered("13800138000", 1);
    noChannel =
        Json.createObjectBuilder(noChannel)
            .add(
                "payload",
                Json.createObjectBuilder(noChannel.getJsonObject("payload")).remove("channel"))
            .build();
    String missing = sendAsTelephony(noChannel);
    String v7 = sendAsTelephony(offered("13800138000", 7));
    String big = sendAsTelephony(ended("x".repeat(70_000)));

    assertTrue(refusalOf(EVENTS, missing).contains("'channel'"), refusalOf(EVENTS, missing));
    assertEquals("unknown message type call.offered version 7", refusalOf(EVENTS, v7));
    assertTrue(refusalOf(EVENTS, big).contains("over the limit of 65536 bytes"));
  }

  @Test
  void aPartnerRequestOfATypeCallDeskDoesNotTakeIsRefused() throws Exception {
    JsonObject request =
        envelope("booking.teleport", 1, "req-" + UUID.randomUUID(), Json.createObjectBuilder());
    try (JMSContext jms = context("partner", BrokerUsers.partnerPassword())) {
      send(jms, PARTNER_REQUESTS, request);
    }
    assertEquals(
        "unknown message type booking.teleport version 1",
        refusalOf(PARTNER_REQUESTS, request.getString("id")));
  }

  @Test
  void eachClientMayUseOnlyItsOwnSideOfTheContract() {
    try (JMSContext partner = context("partner", BrokerUsers.partnerPassword())) {
      assertThrows(
          JMSSecurityRuntimeException.class,
          () -> send(partner, EVENTS, ended("forged")),
          "a partner cannot forge call events");
      assertThrows(
          JMSSecurityRuntimeException.class,
          () -> partner.createConsumer(partner.createQueue("calldesk.call.control")),
          "nor read the call-control commands");
    }
    try (JMSContext telephony = context("telephony", BrokerUsers.telephonyPassword())) {
      assertThrows(
          JMSSecurityRuntimeException.class,
          () -> send(telephony, PARTNER_REQUESTS, ended("forged")),
          "the telephone side cannot send partner requests");
      assertThrows(
          JMSSecurityRuntimeException.class,
          () -> telephony.createConsumer(telephony.createQueue("calldesk.partner.events")),
          "nor read partner events");
      assertThrows(
          JMSSecurityRuntimeException.class,
          () -> telephony.createConsumer(telephony.createQueue("DLQ." + EVENTS)),
          "nor take dead letters");
    }
  }

  // --- a client of the contract, nothing more ------------------------------------------------

  private static JsonObject offered(String callerNumber, int version) {
    String callId = "ct-" + UUID.randomUUID();
    return envelope(
        "call.offered",
        version,
        callId,
        Json.createObjectBuilder()
            .add("callId", callId)
            .add("callerNumber", callerNumber)
            .add("channel", "hotline-main"));
  }

  private static JsonObject ended(String reason) {
    String callId = "ct-" + UUID.randomUUID();
    return envelope(
        "call.ended",
        1,
        callId,
        Json.createObjectBuilder()
            .add("callId", callId)
            .add("endedBy", "CALLER")
            .add("reason", reason));
  }

  private static JsonObject envelope(
      String type, int version, String correlationId, JsonObjectBuilder payload) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("version", version)
        .add("id", UUID.randomUUID().toString())
        .add("correlationId", correlationId)
        .add("occurredAt", Instant.now().toString())
        .add("payload", payload)
        .build();
  }

  private static String sendAsTelephony(JsonObject message) {
    try (JMSContext jms = context("telephony", BrokerUsers.telephonyPassword())) {
      send(jms, EVENTS, message);
    }
    return message.getString("id");
  }

  private static void send(JMSContext jms, String queue, JsonObject message) {
    TextMessage m = jms.createTextMessage(message.toString());
    try {
      m.setStringProperty("_AMQ_DUPL_ID", message.getString("id"));
      m.setStringProperty("JMSXGroupID", message.getString("correlationId"));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
    jms.createProducer().send(jms.createQueue(queue), m);
  }

  /** The reason CallDesk gave, read from the dead-letter queue as the broker's operator. */
  private static String refusalOf(String queue, String messageId) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      Optional<String> reason = browseRefusal("DLQ." + queue, messageId);
      if (reason.isPresent()) {
        return reason.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no refusal of " + messageId + " in DLQ." + queue + " after " + WAIT);
  }

  private static Optional<String> browseRefusal(String dlq, String messageId) throws JMSException {
    try (JMSContext jms = context("admin", BrokerUsers.adminPassword());
        QueueBrowser browser = jms.createBrowser(jms.createQueue(dlq))) {
      for (Object o : Collections.list(browser.getEnumeration())) {
        Message m = (Message) o;
        if (m instanceof TextMessage t && t.getText() != null && t.getText().contains(messageId)) {
          String reason = m.getStringProperty("calldeskRefusal");
          assertTrue(reason != null, "refused by CallDesk, not moved after retries");
          return Optional.of(reason);
        }
      }
    }
    return Optional.empty();
  }

  private static JMSContext context(String user, String password) {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BrokerUsers.BROKER);
    return factory.createContext(user, password);
  }
}
