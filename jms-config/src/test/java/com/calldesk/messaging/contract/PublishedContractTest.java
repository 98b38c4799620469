package com.calldesk.messaging.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The published documents say what the code does: same queues, same envelope fields. */
class PublishedContractTest {

  private static String resource(String name) {
    try (InputStream in = PublishedContractTest.class.getResourceAsStream("/" + name)) {
      assertNotNull(in, name + " is not published");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @EnumSource(CallDeskQueue.class)
  void everyQueueIsAChannelOfTheAsyncApiDocument(CallDeskQueue queue) {
    String asyncapi = resource("calldesk/contract/asyncapi.yaml");
    assertTrue(asyncapi.contains("address: " + queue.address() + "\n"), queue + " not documented");
    assertTrue(asyncapi.contains(queue.deadLetterAddress()), "DLQ of " + queue + " not documented");
    String action = queue.direction() == CallDeskQueue.Direction.INBOUND ? "receive" : "send";
    String channel = queue.name().toLowerCase().replace('_', '-');
    assertTrue(
        asyncapi.contains(
            "action: " + action + "\n    channel:\n      $ref: '#/channels/" + channel + "'"),
        queue + " must be documented as CallDesk's " + action);
  }

  @Test
  void theEnvelopeSchemaRequiresExactlyTheEnvelopesFields() {
    JsonObject schema =
        Json.createReader(
                new StringReader(resource("calldesk/contract/schemas/envelope.schema.json")))
            .readObject();
    Set<String> required =
        schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.toSet());
    Set<String> fields =
        Arrays.stream(Envelope.class.getRecordComponents())
            .map(c -> c.getName())
            .collect(Collectors.toSet());
    assertEquals(fields, required);
    assertEquals(fields, schema.getJsonObject("properties").keySet());
  }
}
