package com.calldesk.messaging.contract;

import static com.calldesk.messaging.contract.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The JSON envelope every CallDesk message travels in (schema: {@code
 * calldesk/contract/schemas/envelope.schema.json}).
 *
 * <pre>{@code
 * {"type":"call.offered","version":1,"id":"…","correlationId":"…",
 *  "occurredAt":"2026-11-22T06:35:09Z","payload":{…}}
 * }</pre>
 *
 * @param type what happened or is asked for, dotted lower case, e.g. {@code call.offered}
 * @param version schema version of the payload for that type; bumped on a breaking change
 * @param id unique per message; also the broker's duplicate-detection id
 * @param correlationId ties a message to the conversation it belongs to (a call, a case, a request)
 * @param occurredAt when it happened, UTC
 * @param payload type-specific content
 */
public record Envelope(
    String type,
    int version,
    String id,
    String correlationId,
    Instant occurredAt,
    JsonObject payload) {

  private static final Pattern TYPE_PATTERN =
      Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");
  private static final int MAX_ID_LENGTH = 100;

  public Envelope {
    require(type != null && TYPE_PATTERN.matcher(type).matches(), "type must be dotted lower case");
    require(version >= 1, "version must be 1 or more");
    requireId(id, "id");
    requireId(correlationId, "correlationId");
    require(occurredAt != null, "occurredAt is required");
    require(payload != null, "payload is required");
  }

  /** A new message with a fresh id, happening now. */
  public static Envelope create(
      String type, int version, String correlationId, Instant occurredAt, JsonObject payload) {
    return new Envelope(
        type, version, UUID.randomUUID().toString(), correlationId, occurredAt, payload);
  }

  public String toJson() {
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("version", version)
        .add("id", id)
        .add("correlationId", correlationId)
        .add("occurredAt", occurredAt.toString())
        .add("payload", payload)
        .build()
        .toString();
  }

  /**
   * Reads a message body.
   *
   * @throws ContractViolation when the body is not a JSON object following the envelope schema
   */
  public static Envelope parse(String json) {
    if (json == null || json.isBlank()) {
      throw new ContractViolation("empty message body");
    }
    JsonObject o;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      o = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new ContractViolation("message body is not a JSON object: " + e.getMessage(), e);
    }
    try {
      return new Envelope(
          string(o, "type"),
          o.containsKey("version") && o.get("version").getValueType() == JsonValue.ValueType.NUMBER
              ? o.getJsonNumber("version").intValueExact()
              : 0,
          string(o, "id"),
          string(o, "correlationId"),
          instant(string(o, "occurredAt")),
          o.containsKey("payload") && o.get("payload").getValueType() == JsonValue.ValueType.OBJECT
              ? o.getJsonObject("payload")
              : null);
    } catch (ArithmeticException e) {
      throw new ContractViolation("version must be a whole number", e);
    }
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : null;
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ContractViolation("occurredAt must be an ISO-8601 UTC instant: " + text, e);
    }
  }

  private static void requireId(String value, String name) {
    require(
        value != null && !value.isBlank() && value.length() <= MAX_ID_LENGTH,
        name + " is required (1 to " + MAX_ID_LENGTH + " characters)");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new ContractViolation(message);
    }
  }
}
