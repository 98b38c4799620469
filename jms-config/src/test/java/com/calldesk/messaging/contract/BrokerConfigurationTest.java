package com.calldesk.messaging.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Starts a real broker from the shipped broker.xml and checks what it made of each queue. */
class BrokerConfigurationTest {

  private static EmbeddedCallDeskBroker broker;

  @BeforeAll
  static void start() {
    broker =
        new EmbeddedCallDeskBroker(
                Path.of("target", "broker-config-test"), EmbeddedCallDeskBroker.freePort(), 1000)
            .start();
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  @ParameterizedTest
  @EnumSource(CallDeskQueue.class)
  void everyQueueIsDurableAnycastWithItsOwnDeadLetterQueue(CallDeskQueue queue) {
    Queue q = broker.server().locateQueue(queue.address());
    assertNotNull(q, queue + " is not declared");
    assertTrue(q.isDurable(), queue + " must be durable");
    assertEquals(RoutingType.ANYCAST, q.getRoutingType());

    AddressSettings settings = broker.settingsFor(queue.address());
    assertEquals(queue.deadLetterAddress(), settings.getDeadLetterAddress().toString());
    Queue dlq = broker.server().locateQueue(queue.deadLetterAddress());
    assertNotNull(dlq, "dead-letter queue of " + queue + " is not declared");
    assertTrue(dlq.isDurable());
  }

  @ParameterizedTest
  @EnumSource(CallDeskQueue.class)
  void redeliveryIsBoundedAndBacksOff(CallDeskQueue queue) {
    AddressSettings settings = broker.settingsFor(queue.address());
    assertEquals(5, settings.getMaxDeliveryAttempts());
    assertEquals(1000, settings.getRedeliveryDelay());
    assertEquals(2.0, settings.getRedeliveryMultiplier());
    assertEquals(60_000, settings.getMaxRedeliveryDelay());
    assertFalse(settings.isAutoCreateQueues(), "a mistyped queue name must fail, not auto-create");
  }

  @Test
  void deadLetterQueuesHaveNoDeadLetterQueueOfTheirOwn() {
    AddressSettings settings = broker.settingsFor(CallDeskQueue.CALL_EVENTS.deadLetterAddress());
    assertTrue(
        settings.getDeadLetterAddress() == null,
        "a DLQ must keep its messages, not forward them again");
  }

  @Test
  void duplicateIdsAreRememberedAcrossRestarts() {
    assertTrue(broker.server().getConfiguration().isPersistIDCache());
    assertTrue(broker.server().getConfiguration().getIDCacheSize() >= 10_000);
    assertTrue(broker.server().getConfiguration().isPersistenceEnabled());
  }
}
