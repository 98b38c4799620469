package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * A call whose events arrive while the application server is down: the broker keeps them, and the
 * restarted server closes the call as if nothing had happened. The test is the telephone side.
 */
class CallAcrossRestartIT {

  private static final String BROKER =
      System.getProperty("calldesk.broker", "tcp://127.0.0.1:61616");
  private static final String EVENTS = "calldesk.call.events";

  @Test
  void eventsSentWhileTheServerIsDownAreHandledAfterItStartsAgain() throws Exception {
    String callId = "restart-" + UUID.randomUUID();
    String caller = "1391" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
    try (Browser agent = new Browser("en")) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      send(
          callId,
          "call.offered",
          Json.createObjectBuilder()
              .add("callerNumber", caller)
              .add("channel", "hotline-main")
              .add("expertRequested", true));
      agent.waitForAttribute("#callCard", "data-call-id", callId);
      agent.clickAndWait("#headerForm\\:logout");
    }

    run(asadmin(), "stop-domain", "--domaindir", home().resolve("domains").toString(), "calldesk");
    send(callId, "call.answered", Json.createObjectBuilder().add("agentNo", "1002"));
    send(
        callId,
        "call.ended",
        Json.createObjectBuilder().add("endedBy", "CALLER").add("talkSeconds", 33));
    run(System.getProperty("calldesk.script"), "start");

    try (Browser agent = new Browser("en")) {
      agent.logIn("1002", "calldesk");
      agent.open("agent/calls.xhtml");
      assertEquals(
          agent.top("#calls\\:from_input"),
          agent.top("#calls\\:until_input"),
          "the From and Until fields sit on one line");
      agent.type("#calls\\:caller", caller);
      agent.click("#calls\\:search");
      agent.waitForText(
          "#calls\\:rows", t -> t.contains(caller) && t.contains("Completed"), "the closed call");
      // The call's own row (the search by caller number leaves only it), read by column: the
      // caller number must not pass for the duration.
      String row = "#calls\\:rows tbody tr:first-child ";
      assertEquals("33", agent.text(row + ".cd-talk"), agent.text("#calls\\:rows"));
      assertEquals("Completed", agent.text(row + ".cd-disposition"));
      assertEquals(caller, agent.text(row + ".cd-caller"));
      assertTrue(
          agent.text("#callsLimit").startsWith("At most 200 calls are shown"),
          "the limit is formatted, not mangled: " + agent.text("#callsLimit"));
      agent.clickAndWait("#headerForm\\:logout");
    }
  }

  private static void send(String callId, String type, jakarta.json.JsonObjectBuilder payload)
      throws JMSException {
    String id = UUID.randomUUID().toString();
    JsonObject envelope =
        Json.createObjectBuilder()
            .add("type", type)
            .add("version", 1)
            .add("id", id)
            .add("correlationId", callId)
            .add("occurredAt", Instant.now().toString())
            .add("payload", payload.add("callId", callId))
            .build();
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
        JMSContext jms = factory.createContext("telephony", BrokerUsers.telephonyPassword())) {
      TextMessage m = jms.createTextMessage(envelope.toString());
      m.setStringProperty("_AMQ_DUPL_ID", id);
      m.setStringProperty("JMSXGroupID", callId);
      jms.createProducer().send(jms.createQueue(EVENTS), m);
    }
  }

  private static Path home() {
    return Path.of(System.getProperty("calldesk.home"));
  }

  private static String asadmin() {
    return home().resolve("payara6/bin/asadmin").toString();
  }

  private static void run(String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/restart-test.log")));
    Map<String, String> env = pb.environment();
    env.put("CALLDESK_HOME", home().toString());
    env.put("CALLDESK_PORT_BASE", System.getProperty("calldesk.portBase"));
    env.put("CALLDESK_BROKER_PORT", System.getProperty("calldesk.brokerPort"));
    // The restarted server keeps the suite's settings (system-tests/pom.xml, st.*): SessionsIT
    // relies on the short idle time, FloorBrowserIT on the meal-break share.
    env.put("CALLDESK_SESSION_IDLE_MINUTES", System.getProperty("calldesk.sessionIdleMinutes"));
    env.put("CALLDESK_CALLS_TALK_LIMIT_SECONDS", System.getProperty("calldesk.talkLimitSeconds"));
    env.put(
        "CALLDESK_BREAKS_MEAL_ONLINE_PERCENT", System.getProperty("calldesk.mealOnlinePercent"));
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " took too long");
    assertEquals(0, p.exitValue(), String.join(" ", command) + " failed (target/restart-test.log)");
  }
}
