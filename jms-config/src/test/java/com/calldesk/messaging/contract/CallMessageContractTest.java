package com.calldesk.messaging.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each call message type has a schema, a valid example, and a place in the AsyncAPI document. */
class CallMessageContractTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call.offered",
        "call.queued",
        "call.answered",
        "call.transferred",
        "call.ended",
        "call.route",
        "call.reject",
        "call.transfer",
        "call.three-way",
        "call.block",
        "call.mute",
        "call.control-result"
      })
  void typeIsPublishedWithAValidExample(String type) {
    JsonObject exampleJson = PayloadSchemas.read("calldesk/contract/examples/" + type + ".json");
    Envelope example = Envelope.parse(exampleJson.toString());

    assertEquals(type, example.type());
    assertEquals(List.of(), PayloadSchemas.problems(type, example.payload()));
    String asyncapi =
        PayloadSchemas.class
            .getClassLoader()
            .resources("calldesk/contract/asyncapi.yaml")
            .findFirst()
            .map(u -> readAll(u))
            .orElseThrow();
    assertTrue(asyncapi.contains("name: " + type + "\n"), type + " not in asyncapi.yaml");
    assertTrue(asyncapi.contains("$ref: './schemas/" + type + ".schema.json'"));

    // The schema has teeth: dropping a required field or adding an unknown one is caught.
    String required = PayloadSchemas.schemaOf(type).getJsonArray("required").getString(0);
    JsonObject missing = Json.createObjectBuilder(example.payload()).remove(required).build();
    assertFalse(PayloadSchemas.problems(type, missing).isEmpty(), "missing " + required);
    JsonObject extra = Json.createObjectBuilder(example.payload()).add("surprise", 1).build();
    assertFalse(PayloadSchemas.problems(type, extra).isEmpty(), "unknown field");
  }

  private static String readAll(java.net.URL url) {
    try (var in = url.openStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
