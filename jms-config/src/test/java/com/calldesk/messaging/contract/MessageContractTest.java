package com.calldesk.messaging.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What CallDesk enforces on every inbound body, with the same validator it runs in production. The
 * examples are partners' first reading: each must pass, and its ids must say what the document says
 * they are.
 */
class MessageContractTest {

  private static final MessageContract CONTRACT = MessageContract.published();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  static Stream<String> examples() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
            MessageContractTest.class
                .getClassLoader()
                .getResource("calldesk/contract/examples")
                .toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleFileIsAValidMessageWhoseIdsFollowTheDocument(String file) {
    String body = resource("calldesk/contract/examples/" + file);
    Envelope e = CONTRACT.read(body);

    assertEquals(
        file,
        e.type() + (e.version() == 1 ? "" : ".v" + e.version()) + ".json",
        "an example is named after its type and version");
    assertIdsFollowTheDocument(e.type(), YAML.readTree(body));
  }

  @Test
  void everyPublishedSchemaHasAnExampleAndAPlaceInTheAsyncApiDocument() throws Exception {
    String asyncapi = resource("calldesk/contract/asyncapi.yaml");
    Path dir =
        Path.of(
            MessageContractTest.class
                .getClassLoader()
                .getResource("calldesk/contract/schemas")
                .toURI());
    List<String> schemas;
    try (Stream<Path> files = Files.list(dir)) {
      schemas =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("envelope.schema.json") && n.endsWith(".schema.json"))
              .toList();
    }
    assertFalse(schemas.isEmpty());
    for (String schema : schemas) {
      String example = schema.replace(".schema.json", ".json");
      assertTrue(
          asyncapi.contains("$ref: './schemas/" + schema + "'"), schema + " not in asyncapi.yaml");
      assertTrue(
          asyncapi.contains("$ref: './examples/" + example + "'"),
          example + " not in asyncapi.yaml");
      CONTRACT.read(resource("calldesk/contract/examples/" + example));
    }
  }

  @Test
  void aRouteOfVersionOneWithoutExtensionStaysValidAndVersionTwoChecksIt() {
    ObjectNode v1 = example("call.route");
    assertEquals(1, CONTRACT.read(v1.toString()).version());
    ObjectNode v2 =
        (ObjectNode) YAML.readTree(resource("calldesk/contract/examples/call.route.v2.json"));
    ((ObjectNode) v2.get("payload")).put("extension", "Not An Extension");
    assertTrue(refused(v2.toString()).getMessage().contains("extension"));
    ((ObjectNode) v1.get("payload")).put("extension", "hotline-main");
    assertTrue(
        refused(v1.toString()).getMessage().contains("extension"), "version 1 knows no extension");
  }

  @Test
  void everyExampleWrittenInsideTheAsyncApiDocumentIsValidToo() {
    JsonNode doc = YAML.readTree(resource("calldesk/contract/asyncapi.yaml"));
    List<JsonNode> inline = new ArrayList<>();
    collectInlineExamples(doc, inline);

    assertFalse(inline.isEmpty(), "the document has inline examples");
    for (JsonNode example : inline) {
      Envelope e = CONTRACT.read(example.toString());
      assertIdsFollowTheDocument(e.type(), example);
    }
  }

  /**
   * The document: every message of a call carries the call id as correlationId (call events,
   * commands and their results alike); a result names its command in payload.commandId. Every
   * message of a dispatch task or a callback dial carries the task id as correlationId.
   */
  private static void assertIdsFollowTheDocument(String type, JsonNode message) {
    JsonNode payload = message.get("payload");
    if (type.startsWith("call.")) {
      assertEquals(
          payload.get("callId").asString(),
          message.get("correlationId").asString(),
          type + ": correlationId is the call id");
    }
    if (type.startsWith("dispatch.") || type.startsWith("callback.")) {
      assertEquals(
          payload.get("taskId").asString(),
          message.get("correlationId").asString(),
          type + ": correlationId is the task id");
    }
    if (payload.has("commandId")) {
      assertFalse(
          payload.get("commandId").asString().equals(message.get("correlationId").asString()),
          type + ": the command's id is in commandId, not in correlationId");
    }
  }

  private static void collectInlineExamples(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      JsonNode examples = node.get("examples");
      if (examples != null && examples.isArray()) {
        for (JsonNode ex : examples) {
          JsonNode payload = ex.get("payload");
          if (payload != null && payload.has("type")) {
            out.add(payload);
          }
        }
      }
      node.values().forEach(child -> collectInlineExamples(child, out));
    } else if (node.isArray()) {
      node.values().forEach(child -> collectInlineExamples(child, out));
    }
  }

  // --- refusals: each names what is wrong ------------------------------------------------------

  @Test
  void aMissingPayloadFieldIsRefusedByName() {
    ContractViolation v = refused(withoutPayloadField("call.offered", "channel"));
    assertTrue(v.getMessage().contains("call.offered version 1 payload"), v.getMessage());
    assertTrue(v.getMessage().contains("channel"), v.getMessage());
  }

  @Test
  void aCallerNumberThatIsNotDigitsIsRefused() {
    ObjectNode m = example("call.offered");
    ((ObjectNode) m.get("payload")).put("callerNumber", "anonymous");
    ContractViolation v = refused(m.toString());
    assertTrue(v.getMessage().contains("callerNumber"), v.getMessage());
  }

  @Test
  void aDispatchResultCarriesAnEtaExactlyWhenAcknowledgedAndAReasonWhenRefused() {
    assertTrue(
        refused(withoutPayloadField("dispatch.result", "etaMinutes"))
            .getMessage()
            .contains("etaMinutes"));

    ObjectNode refusedWithoutReason = example("dispatch.result");
    ((ObjectNode) refusedWithoutReason.get("payload"))
        .put("outcome", "REFUSED")
        .remove("etaMinutes");
    assertTrue(refused(refusedWithoutReason.toString()).getMessage().contains("reason"));

    ObjectNode unreachableWithEta = example("dispatch.result");
    ((ObjectNode) unreachableWithEta.get("payload")).put("outcome", "UNREACHABLE");
    refused(unreachableWithEta.toString());

    ObjectNode refusedWithReason = example("dispatch.result");
    ((ObjectNode) refusedWithReason.get("payload"))
        .put("outcome", "REFUSED")
        .put("reason", "no truck free")
        .remove("etaMinutes");
    assertEquals(
        "REFUSED", CONTRACT.read(refusedWithReason.toString()).payload().getString("outcome"));

    ObjectNode lateEta = example("dispatch.result");
    ((ObjectNode) lateEta.get("payload")).put("etaMinutes", 0);
    assertTrue(refused(lateEta.toString()).getMessage().contains("etaMinutes"));
  }

  @Test
  void aCallbackDialNamesTheNumberAndItsResultOneOfThreeOutcomes() {
    assertTrue(
        refused(withoutPayloadField("callback.task", "phone")).getMessage().contains("phone"));
    ObjectNode letters = example("callback.task");
    ((ObjectNode) letters.get("payload")).put("phone", "call me");
    assertTrue(refused(letters.toString()).getMessage().contains("phone"));

    ObjectNode maybe = example("callback.result");
    ((ObjectNode) maybe.get("payload")).put("outcome", "MAYBE");
    assertTrue(refused(maybe.toString()).getMessage().contains("outcome"));
    ObjectNode busy = example("callback.result");
    ((ObjectNode) busy.get("payload")).put("outcome", "BUSY");
    assertEquals("BUSY", CONTRACT.read(busy.toString()).payload().getString("outcome"));
  }

  @Test
  void aWrongTypeInThePayloadIsRefused() {
    ObjectNode m = example("call.offered");
    ((ObjectNode) m.get("payload")).put("expertRequested", "yes");
    assertTrue(refused(m.toString()).getMessage().contains("expertRequested"));
  }

  @Test
  void anUnknownFieldIsRefused() {
    ObjectNode m = example("call.ended");
    ((ObjectNode) m.get("payload")).put("surprise", 1);
    assertTrue(refused(m.toString()).getMessage().contains("surprise"));
  }

  @Test
  void anUnknownTypeOrVersionIsRefused() {
    ObjectNode unknownType = example("call.offered");
    unknownType.put("type", "call.teleported");
    assertTrue(
        refused(unknownType.toString())
            .getMessage()
            .contains("unknown message type call.teleported version 1"));

    ObjectNode unknownVersion = example("call.offered");
    unknownVersion.put("version", 99);
    assertTrue(
        refused(unknownVersion.toString())
            .getMessage()
            .contains("unknown message type call.offered version 99"));
  }

  @Test
  void anEnvelopeThatBreaksItsSchemaIsRefused() {
    ObjectNode noId = example("call.offered");
    noId.remove("id");
    assertTrue(refused(noId.toString()).getMessage().startsWith("envelope: "));

    ObjectNode extra = example("call.offered");
    extra.put("priority", "high");
    assertTrue(refused(extra.toString()).getMessage().contains("priority"));
  }

  @Test
  void aBodyOverTheSizeLimitIsRefusedUnread() {
    ObjectNode m = example("call.ended");
    ((ObjectNode) m.get("payload")).put("reason", "x".repeat(MessageContract.MAX_BODY_BYTES));
    assertTrue(refused(m.toString()).getMessage().contains("over the limit of 65536 bytes"));

    // Counted in UTF-8 bytes, not characters: 22,000 Chinese characters are 66,000 bytes.
    ObjectNode wide = example("call.ended");
    ((ObjectNode) wide.get("payload")).put("reason", "通".repeat(22_000));
    assertTrue(refused(wide.toString()).getMessage().contains("over the limit"));
  }

  @Test
  void aBodyThatIsNotJsonIsRefused() {
    assertTrue(refused("hello").getMessage().startsWith("body is not JSON"));
    assertTrue(refused(" ").getMessage().contains("empty"));
  }

  private static ContractViolation refused(String body) {
    return assertThrows(ContractViolation.class, () -> CONTRACT.read(body));
  }

  private static ObjectNode example(String type) {
    return (ObjectNode) YAML.readTree(resource("calldesk/contract/examples/" + type + ".json"));
  }

  private static String withoutPayloadField(String type, String field) {
    ObjectNode m = example(type);
    ((ObjectNode) m.get("payload")).remove(field);
    return m.toString();
  }

  private static String resource(String name) {
    try (InputStream in = MessageContractTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError(name + " is not published");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
