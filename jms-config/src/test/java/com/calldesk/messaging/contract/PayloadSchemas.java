package com.calldesk.messaging.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test access to the published schemas: reading them as documents, and checking a payload with the
 * same validator CallDesk runs on every inbound message ({@link MessageContract}). Shared with
 * other modules' tests through this module's test-jar, so what CallDesk and the simulator send is
 * held to the documents by the standard's rules, not by a second, hand-written reading of them.
 */
public final class PayloadSchemas {

  private PayloadSchemas() {}

  /** The version-1 schema of a message type, e.g. {@code call.offered}, as a JSON document. */
  public static JsonObject schemaOf(String type) {
    return read(MessageContract.schemaResource(type, 1));
  }

  /**
   * @return the problems found in a version-1 payload; empty when it follows the schema
   */
  public static List<String> problems(String type, JsonObject payload) {
    return problems(type, 1, payload);
  }

  public static List<String> problems(String type, int version, JsonObject payload) {
    return MessageContract.published().problems(type, version, payload.toString());
  }

  static JsonObject read(String resource) {
    try (InputStream in = PayloadSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("not published: " + resource);
      }
      return Json.createReader(
              new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
          .readObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
