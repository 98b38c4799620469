package ivrsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calldesk.messaging.contract.EmbeddedCallDeskBroker;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.messaging.contract.PayloadSchemas;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator against a real broker started from CallDesk's broker.xml, with the test playing
 * CallDesk: it routes or rejects every offered call, transfers and mutes one, and checks that every
 * message the simulator sends follows the published schemas and that every call ends.
 */
class IvrSimulatorTest {

  private EmbeddedCallDeskBroker broker;
  private final Map<String, List<Envelope>> eventsByCall = new HashMap<>();
  private final Map<String, Envelope> resultsByCommand = new HashMap<>();
  private final Map<String, String> commandTypes = new HashMap<>();
  private final List<String> schemaProblems = new ArrayList<>();

  @BeforeEach
  void startBroker() {
    broker =
        new EmbeddedCallDeskBroker(
                Path.of("target", "simulator-broker"), EmbeddedCallDeskBroker.freePort(), 1000)
            .start();
  }

  @AfterEach
  void stopBroker() {
    broker.close();
  }

  @Test
  void followsTheContractFromOfferToEnd() throws Exception {
    var options =
        IvrSimulator.Options.parse(
            "--broker",
            broker.url(),
            "--rate",
            "5",
            "--duration",
            "2",
            "--talk",
            "1",
            "--ring",
            "100",
            "--patience",
            "5",
            "--quiet",
            "true");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CompletableFuture<Map<String, Integer>> run =
        CompletableFuture.supplyAsync(
            () -> {
              try (IvrSimulator simulator =
                  new IvrSimulator(
                      options, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
                return simulator.run();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    Set<String> nuisance = Set.of("13900000666", "17000000001", "17000000002");
    String transferred = null;
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
        JMSContext calldesk = factory.createContext()) {
      JMSConsumer events = calldesk.createConsumer(calldesk.createQueue(Contract.CALL_EVENTS));
      JMSConsumer results =
          calldesk.createConsumer(calldesk.createQueue(Contract.CALL_CONTROL_RESULTS));
      long quietSince = System.currentTimeMillis();
      while (!run.isDone() || System.currentTimeMillis() - quietSince < 1500) {
        Envelope event = read(events.receive(50));
        Envelope result = read(results.receiveNoWait());
        if (result != null) {
          resultsByCommand.put(result.payload().getString("commandId"), result);
        }
        if (event == null) {
          continue;
        }
        quietSince = System.currentTimeMillis();
        String callId = event.payload().getString("callId");
        eventsByCall.computeIfAbsent(callId, k -> new ArrayList<>()).add(event);
        switch (event.type()) {
          case "call.offered" -> {
            if (commandTypes.isEmpty()) {
              // A command for a call the switch does not know: refused, with a reason.
              command(calldesk, "call.transfer", "no-such-call", "toAgentNo", "1002");
            }
            if (nuisance.contains(event.payload().getString("callerNumber"))) {
              command(calldesk, "call.reject", callId, "reason", "BLACKLISTED");
            } else {
              command(calldesk, "call.route", callId, "agentNo", "1001");
            }
          }
          case "call.answered" -> {
            if (transferred == null) {
              transferred = callId;
              command(calldesk, "call.transfer", callId, "toAgentNo", "1002");
              command(calldesk, "call.mute", callId, "seconds", 5);
            }
          }
          default -> {}
        }
      }
      long deadline = System.currentTimeMillis() + 5000;
      while (resultsByCommand.size() < commandTypes.size()
          && System.currentTimeMillis() < deadline) {
        Envelope result = read(results.receive(100));
        if (result != null) {
          resultsByCommand.put(result.payload().getString("commandId"), result);
        }
      }
    }
    Map<String, Integer> summary = run.get(30, TimeUnit.SECONDS);

    assertEquals(List.of(), schemaProblems, "every message follows the published schemas");
    int offered = summary.get("offered");
    assertTrue(offered >= 8, "about 5 calls/s for 2 s, got " + offered);
    assertEquals(offered, eventsByCall.size());
    for (Map.Entry<String, List<Envelope>> call : eventsByCall.entrySet()) {
      List<String> types = call.getValue().stream().map(Envelope::type).toList();
      assertEquals("call.offered", types.get(0), "first event of " + call.getKey());
      assertEquals("call.ended", types.get(types.size() - 1), "last event of " + call.getKey());
      assertEquals(1, types.stream().filter("call.ended"::equals).count());
      call.getValue()
          .forEach(e -> assertEquals(call.getKey(), e.correlationId(), "correlation id"));
    }
    assertTrue(summary.getOrDefault("answered", 0) >= 1);
    assertTrue(
        eventsByCall.get(transferred).stream().anyMatch(e -> e.type().equals("call.transferred")));

    assertEquals(commandTypes.keySet(), resultsByCommand.keySet(), "one result per command");
    Set<String> failed = new HashSet<>();
    resultsByCommand.forEach(
        (commandId, result) -> {
          if (!"DONE".equals(result.payload().getString("outcome"))) {
            failed.add(result.payload().getString("callId"));
          }
        });
    assertEquals(Set.of("no-such-call"), failed, "everything else was carried out");
  }

  @Test
  void stoppingTheSwitchCutsOffTheCallsStillInProgress() throws Exception {
    var options =
        IvrSimulator.Options.parse(
            "--broker", broker.url(), "--talk", "300", "--ring", "100", "--quiet", "true");
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
        JMSContext calldesk = factory.createContext()) {
      JMSConsumer events = calldesk.createConsumer(calldesk.createQueue(Contract.CALL_EVENTS));
      String talking;
      String waiting;
      try (IvrSimulator simulator = new IvrSimulator(options, System.out)) {
        simulator.open();
        talking = simulator.offer("13800001111");
        waiting = simulator.offer("13800002222");
        assertEquals("call.offered", read(events.receive(5000)).type());
        assertEquals("call.offered", read(events.receive(5000)).type());
        command(calldesk, "call.route", talking, "agentNo", "1001");
        Envelope answered = read(events.receive(5000));
        assertEquals("call.answered", answered.type(), answered.toJson());
        assertEquals("TALKING", simulator.stateOf(talking));
      }
      Map<String, String> endedBy = new HashMap<>();
      for (Envelope e = read(events.receive(5000)); e != null; e = read(events.receive(500))) {
        if (e.type().equals("call.ended")) {
          endedBy.put(e.payload().getString("callId"), e.payload().getString("endedBy"));
        }
      }
      assertEquals(Map.of(talking, "LINE", waiting, "LINE"), endedBy);
      assertEquals(List.of(), schemaProblems);
    }
  }

  @Test
  void answersDispatchTasksAsTheRescueUnitsAtTheConfiguredRates() throws Exception {
    assertEquals(
        List.of("ACKNOWLEDGED", "ARRIVED", "COMPLETED"), unitAnswers("1", "0"), "always comes");
    assertEquals(List.of("REFUSED"), unitAnswers("0", "1"), "always refuses");
    assertEquals(List.of("UNREACHABLE"), unitAnswers("0", "0"), "never answers the phone");
    assertEquals(List.of(), schemaProblems, "every result follows the published schema");
  }

  @Test
  void dialsCallbacksAndAnswersAtTheConfiguredRates() throws Exception {
    assertEquals(List.of("ANSWERED"), customerAnswers("1", "0"), "always answers");
    assertEquals(List.of("BUSY"), customerAnswers("0", "1"), "always busy");
    assertEquals(List.of("NO_ANSWER"), customerAnswers("0", "0"), "never picks up");
    assertEquals(List.of(), schemaProblems, "every result follows the published schema");
  }

  /** Sends one callback dial as CallDesk would and collects the results. */
  private List<String> customerAnswers(String answerRate, String busyRate) throws Exception {
    var options =
        IvrSimulator.Options.parse(
            "--broker",
            broker.url(),
            "--callback-answer",
            answerRate,
            "--callback-busy",
            busyRate,
            "--callback-ring-ms",
            "50",
            "--quiet",
            "true");
    List<String> outcomes = new ArrayList<>();
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
        JMSContext calldesk = factory.createContext();
        IvrSimulator simulator = new IvrSimulator(options, System.out)) {
      simulator.open();
      JMSConsumer results =
          calldesk.createConsumer(calldesk.createQueue(Contract.CALLBACK_RESULTS));
      String taskId = java.util.UUID.randomUUID().toString();
      JsonObject task =
          Json.createObjectBuilder()
              .add("taskId", taskId)
              .add("callbackId", 1042)
              .add("customerNo", "C00000001")
              .add("phone", "13800138000")
              .add("agentNo", "1002")
              .build();
      Envelope envelope = new Envelope("callback.task", 1, taskId, taskId, Instant.now(), task);
      check(envelope);
      calldesk
          .createProducer()
          .send(calldesk.createQueue(Contract.CALLBACK_TASKS), envelope.toJson());
      for (Envelope r = read(results.receive(5000)); r != null; r = read(results.receive(500))) {
        assertEquals(taskId, r.correlationId(), "correlated by the dial's task id");
        outcomes.add(r.payload().getString("outcome"));
      }
    }
    return outcomes;
  }

  /** Sends one dispatch task as CallDesk would and collects the unit's results, in order. */
  private List<String> unitAnswers(String ackRate, String refuseRate) throws Exception {
    var options =
        IvrSimulator.Options.parse(
            "--broker",
            broker.url(),
            "--dispatch-ack",
            ackRate,
            "--dispatch-refuse",
            refuseRate,
            "--dispatch-answer-ms",
            "50",
            "--arrive-ms",
            "100",
            "--complete-ms",
            "200",
            "--quiet",
            "true");
    List<String> outcomes = new ArrayList<>();
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
        JMSContext calldesk = factory.createContext();
        IvrSimulator simulator = new IvrSimulator(options, System.out)) {
      simulator.open();
      JMSConsumer results =
          calldesk.createConsumer(calldesk.createQueue(Contract.DISPATCH_RESULTS));
      String taskId = java.util.UUID.randomUUID().toString();
      JsonObject task =
          Json.createObjectBuilder()
              .add("taskId", taskId)
              .add("kind", "RESCUE")
              .add("reference", "JY00000001")
              .add(
                  "unit",
                  Json.createObjectBuilder()
                      .add("id", 1)
                      .add("name", "北京朝阳道路救援")
                      .add("phone", "01065001234"))
              .add("location", "G4 km 12")
              .build();
      Envelope envelope = new Envelope("dispatch.task", 1, taskId, taskId, Instant.now(), task);
      check(envelope);
      calldesk
          .createProducer()
          .send(calldesk.createQueue(Contract.DISPATCH_TASKS), envelope.toJson());
      for (Envelope r = read(results.receive(5000)); r != null; r = read(results.receive(700))) {
        assertEquals(taskId, r.correlationId(), "correlated by the task id");
        assertEquals(taskId, r.payload().getString("taskId"));
        outcomes.add(r.payload().getString("outcome"));
        if (r.payload().getString("outcome").equals("REFUSED")) {
          assertTrue(r.payload().containsKey("reason"));
        }
      }
    }
    return outcomes;
  }

  private void command(JMSContext jms, String type, String callId, String key, Object value) {
    var payload = Json.createObjectBuilder().add("callId", callId);
    if (value instanceof Integer i) {
      payload.add(key, i);
    } else {
      payload.add(key, value.toString());
    }
    Envelope command = Envelope.create(type, 1, callId, Instant.now(), payload.build());
    check(command);
    commandTypes.put(command.id(), type);
    jms.createProducer().send(jms.createQueue(Contract.CALL_CONTROL), command.toJson());
  }

  private Envelope read(Message message) throws Exception {
    if (message == null) {
      return null;
    }
    Envelope envelope = Envelope.parse(((TextMessage) message).getText());
    assertEquals(envelope.id(), message.getStringProperty("_AMQ_DUPL_ID"));
    check(envelope);
    return envelope;
  }

  private void check(Envelope envelope) {
    JsonObject payload = envelope.payload();
    PayloadSchemas.problems(envelope.type(), payload)
        .forEach(p -> schemaProblems.add(envelope.type() + " " + p));
  }
}
