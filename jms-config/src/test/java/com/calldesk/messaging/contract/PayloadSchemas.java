package com.calldesk.messaging.contract;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a payload against the published JSON Schema of its message type, for the subset of JSON
 * Schema the contract uses (object, string, integer, boolean; required, additionalProperties=false,
 * enum, const, minimum, maximum, minLength, maxLength, pattern). Shared with other modules' tests
 * through this module's test-jar, so what CallDesk and the simulator send is held to the documents.
 */
public final class PayloadSchemas {

  private PayloadSchemas() {}

  /** The schema of a message type, e.g. {@code call.offered}. */
  public static JsonObject schemaOf(String type) {
    return read("calldesk/contract/schemas/" + type + ".schema.json");
  }

  /**
   * @return the problems found; empty when the payload follows the schema
   */
  public static List<String> problems(String type, JsonObject payload) {
    List<String> problems = new ArrayList<>();
    check(schemaOf(type), payload, type, problems);
    return problems;
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

  private static void check(JsonObject schema, JsonValue value, String at, List<String> out) {
    String type = schema.getString("type", null);
    if (type != null && !hasType(value, type)) {
      out.add(at + ": expected " + type + ", got " + value.getValueType());
      return;
    }
    if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
      out.add(at + ": " + value + " is not one of " + schema.getJsonArray("enum"));
    }
    if (schema.containsKey("const") && !schema.get("const").equals(value)) {
      out.add(at + ": must be " + schema.get("const"));
    }
    if (value instanceof JsonString s) {
      String text = s.getString();
      if (text.length() < schema.getInt("minLength", 0)) {
        out.add(at + ": shorter than " + schema.getInt("minLength"));
      }
      if (text.length() > schema.getInt("maxLength", Integer.MAX_VALUE)) {
        out.add(at + ": longer than " + schema.getInt("maxLength"));
      }
      if (schema.containsKey("pattern")
          && !text.matches(".*(" + schema.getString("pattern") + ").*")) {
        out.add(at + ": does not match " + schema.getString("pattern"));
      }
    }
    if (value instanceof JsonNumber n) {
      if (schema.containsKey("minimum") && n.longValue() < schema.getInt("minimum")) {
        out.add(at + ": below " + schema.getInt("minimum"));
      }
      if (schema.containsKey("maximum") && n.longValue() > schema.getInt("maximum")) {
        out.add(at + ": above " + schema.getInt("maximum"));
      }
    }
    if (value instanceof JsonObject object) {
      JsonObject properties = schema.getJsonObject("properties");
      if (schema.containsKey("required")) {
        for (JsonValue name : schema.getJsonArray("required")) {
          if (!object.containsKey(((JsonString) name).getString())) {
            out.add(at + ": missing " + name);
          }
        }
      }
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        if (properties != null && properties.containsKey(e.getKey())) {
          check(properties.getJsonObject(e.getKey()), e.getValue(), at + "." + e.getKey(), out);
        } else if (JsonValue.FALSE.equals(schema.get("additionalProperties"))) {
          out.add(at + ": unknown field " + e.getKey());
        }
      }
    }
  }

  private static boolean hasType(JsonValue value, String type) {
    return switch (type) {
      case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
      case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
      case "boolean" ->
          value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE;
      case "integer" -> value instanceof JsonNumber n && n.isIntegral();
      default -> throw new IllegalArgumentException("schema type not supported here: " + type);
    };
  }
}
