package com.calldesk.messaging.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped broker.xml's roles, on a real broker with login required: each kind of client may
 * send and read exactly what its side of the contract needs (docs/security.md), and nothing else.
 * The table below is the documented contract, written out, not read from broker.xml.
 */
class BrokerSecurityTest {

  /** Who may send to each queue; CallDesk's own consumer reads every inbound one. */
  private static final Map<CallDeskQueue, Set<String>> SENDERS =
      Map.of(
          CallDeskQueue.CALL_EVENTS, Set.of("telephony"),
          CallDeskQueue.CALL_CONTROL_RESULTS, Set.of("telephony"),
          CallDeskQueue.DISPATCH_RESULTS, Set.of("telephony"),
          CallDeskQueue.CALLBACK_RESULTS, Set.of("telephony"),
          CallDeskQueue.PARTNER_REQUESTS, Set.of("partner"),
          CallDeskQueue.CALL_CONTROL, Set.of("calldesk"),
          CallDeskQueue.DISPATCH_TASKS, Set.of("calldesk"),
          CallDeskQueue.CALLBACK_TASKS, Set.of("calldesk"),
          CallDeskQueue.PARTNER_EVENTS, Set.of("calldesk"),
          CallDeskQueue.PARTNER_REPLIES, Set.of("calldesk"));

  private static final Map<CallDeskQueue, Set<String>> READERS =
      Map.of(
          CallDeskQueue.CALL_EVENTS, Set.of("calldesk"),
          CallDeskQueue.CALL_CONTROL_RESULTS, Set.of("calldesk"),
          CallDeskQueue.DISPATCH_RESULTS, Set.of("calldesk"),
          CallDeskQueue.CALLBACK_RESULTS, Set.of("calldesk"),
          CallDeskQueue.PARTNER_REQUESTS, Set.of("calldesk"),
          CallDeskQueue.CALL_CONTROL, Set.of("telephony"),
          CallDeskQueue.DISPATCH_TASKS, Set.of("telephony"),
          CallDeskQueue.CALLBACK_TASKS, Set.of("telephony"),
          CallDeskQueue.PARTNER_EVENTS, Set.of("partner"),
          CallDeskQueue.PARTNER_REPLIES, Set.of("partner"));

  private static final List<String> CLIENTS = List.of("calldesk", "telephony", "partner");

  private static EmbeddedCallDeskBroker broker;

  @BeforeAll
  static void start() {
    broker =
        new EmbeddedCallDeskBroker(
                Path.of("target", "broker-security-test"), EmbeddedCallDeskBroker.freePort(), 1000)
            .user("calldesk", "app-secret", "calldesk")
            .user("telephony", "ivr-secret", "telephony")
            .user("partner", "partner-secret", "partner")
            .user("operator", "op-secret", "amq")
            .start();
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  static Stream<Arguments> everyClientOnEveryQueue() {
    return Stream.of(CallDeskQueue.values())
        .flatMap(q -> CLIENTS.stream().map(client -> Arguments.of(q, client)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("everyClientOnEveryQueue")
  void aClientSendsAndReadsOnlyWhatItsRoleAllows(CallDeskQueue queue, String client) {
    assertEquals(
        SENDERS.get(queue).contains(client),
        sends(client, queue.address()),
        client + " sending to " + queue.address());
    assertEquals(
        READERS.get(queue).contains(client),
        reads(client, queue.address()),
        client + " reading " + queue.address());
  }

  @Test
  void onlyCallDeskFilesRefusedMessagesAndOnlyTheOperatorTakesThemOut() {
    String dlq = CallDeskQueue.CALL_EVENTS.deadLetterAddress();
    assertEquals(true, sends("calldesk", dlq));
    assertEquals(false, sends("telephony", dlq));
    assertEquals(false, sends("partner", dlq));
    assertEquals(false, reads("calldesk", dlq), "CallDesk may look, not take");
    assertEquals(false, reads("telephony", dlq));
    assertEquals(true, reads("operator", dlq));
  }

  @Test
  void nobodyButTheOperatorCreatesAnAddress() {
    assertEquals(false, sends("telephony", "calldesk.made.up"));
    assertEquals(false, sends("calldesk", "calldesk.made.up"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url())) {
      assertEquals(
          true,
          refused(() -> factory.createContext("telephony", "guess").close()),
          "a wrong password");
    }
  }

  private static String password(String client) {
    return switch (client) {
      case "calldesk" -> "app-secret";
      case "telephony" -> "ivr-secret";
      case "partner" -> "partner-secret";
      default -> "op-secret";
    };
  }

  private static boolean sends(String client, String address) {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
        JMSContext jms = factory.createContext(client, password(client))) {
      return !refused(
          () -> jms.createProducer().send(jms.createQueue(address), "{\"probe\":true}"));
    }
  }

  /** Opening a consumer is what the role check guards; nothing is taken from the queue. */
  private static boolean reads(String client, String address) {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
        JMSContext jms = factory.createContext(client, password(client))) {
      return !refused(
          () -> {
            try (JMSConsumer consumer = jms.createConsumer(jms.createQueue(address))) {
              consumer.receiveNoWait();
            }
          });
    }
  }

  private static boolean refused(Runnable action) {
    try {
      action.run();
      return false;
    } catch (JMSSecurityRuntimeException e) {
      return true;
    } catch (JMSRuntimeException e) {
      // Artemis reports some refusals (an address nobody may create) as a plain JMS error
      // whose cause is a security exception.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t.getClass().getSimpleName().contains("Security")
            || String.valueOf(t.getMessage()).contains("AMQ229032")
            || String.valueOf(t.getMessage()).contains("AMQ229213")) {
          return true;
        }
      }
      throw e;
    }
  }
}
