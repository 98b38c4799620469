package partnerclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.calldesk.messaging.contract.EmbeddedCallDeskBroker;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.messaging.contract.MessageContract;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example client against a real broker from CallDesk's broker.xml and its users, with the test
 * playing CallDesk: every request the client sends passes the published contract, the answer comes
 * back on the reply-to queue by correlation id, and events for other partners are not the client's.
 */
class PartnerClientTest {

  private EmbeddedCallDeskBroker broker;

  @BeforeEach
  void startBroker() {
    broker =
        new EmbeddedCallDeskBroker(
                Path.of("target", "partner-broker"), EmbeddedCallDeskBroker.freePort(), 1000)
            .user("partner", "partner-secret", "partner")
            .user("calldesk", "calldesk-secret", "calldesk")
            .start();
  }

  @AfterEach
  void stopBroker() {
    broker.close();
  }

  @Test
  void itsRequestsFollowTheContractAndItReadsItsAnswerAndItsEvents() throws Exception {
    try (PartnerClient client =
            new PartnerClient(broker.url(), "partner", "partner-secret", "travel-agency-a");
        ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(broker.url(), "calldesk", "calldesk-secret");
        JMSContext calldesk = factory.createContext()) {
      String[] types = {
        "booking.request", "appointment.request", "complaint.request", "lead.result"
      };
      JsonObject[] payloads = {
        client.booking("TA-1", "13800138000", LocalDate.now().plusDays(9), Map.of(1L, 10, 2L, 5)),
        client.appointment("TA-2", "13800138000", 1050),
        client.complaint("TA-3", "13800138000"),
        client.leadResult("XS00000042", "WON", "Signed")
      };
      var requests = calldesk.createConsumer(calldesk.createQueue(PartnerClient.REQUESTS));
      for (int i = 0; i < types.length; i++) {
        String id = client.send(types[i], payloads[i]);
        Message request = requests.receive(5000);
        Envelope read = MessageContract.published().read(((TextMessage) request).getText());
        assertEquals(types[i], read.type());
        assertEquals(id, read.id());
        assertEquals(id, request.getStringProperty("_AMQ_DUPL_ID"));
        assertEquals(PartnerClient.REPLIES, ((Queue) request.getJMSReplyTo()).getQueueName());

        // CallDesk answers on the reply-to queue, correlated by the request's id.
        answer(calldesk, request.getJMSReplyTo(), "other-" + id, "NOT-MINE");
        answer(calldesk, request.getJMSReplyTo(), id, "YD0000004" + i);
        JsonObject reply = client.awaitReply(id, 5000);
        assertNotNull(reply);
        assertEquals("YD0000004" + i, reply.getJsonObject("payload").getString("number"));
      }

      event(calldesk, "another-partner", "YD00000099");
      event(calldesk, "travel-agency-a", "YD00000040");
      JsonObject event = client.nextEvent(5000);
      assertEquals("YD00000040", event.getJsonObject("payload").getString("number"));
      assertNull(client.nextEvent(300), "another partner's event is not this client's");
      assertEquals(
          1,
          broker.messageCount(PartnerClient.EVENTS),
          "and it stays on the queue for that partner");
    }
  }

  private static void answer(
      JMSContext calldesk, jakarta.jms.Destination to, String requestId, String number)
      throws Exception {
    Envelope e =
        Envelope.create(
            "request.accepted",
            1,
            requestId,
            Instant.now(),
            Json.createObjectBuilder()
                .add("requestId", requestId)
                .add("partnerId", "travel-agency-a")
                .add("partnerRef", "TA")
                .add("record", "BOOKING")
                .add("number", number)
                .add("state", "REQUESTED")
                .build());
    TextMessage m = calldesk.createTextMessage(e.toJson());
    m.setJMSCorrelationID(requestId);
    m.setStringProperty("calldeskPartner", "travel-agency-a");
    calldesk.createProducer().send(to, m);
  }

  private static void event(JMSContext calldesk, String partner, String number) throws Exception {
    Envelope e =
        new Envelope(
            "booking.changed",
            1,
            UUID.randomUUID().toString(),
            number,
            Instant.now(),
            Json.createObjectBuilder()
                .add("partnerId", partner)
                .add("partnerRef", "TA")
                .add("number", number)
                .add("state", "CONFIRMED")
                .add("changedAt", Instant.now().toString())
                .build());
    TextMessage m = calldesk.createTextMessage(e.toJson());
    m.setStringProperty("calldeskPartner", partner);
    calldesk.createProducer().send(calldesk.createQueue(PartnerClient.EVENTS), m);
  }
}
