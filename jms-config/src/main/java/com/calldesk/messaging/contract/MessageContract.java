package com.calldesk.messaging.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published contract, enforced: a message body is read only after it has passed the envelope
 * schema and the payload schema of its type and version, checked by a maintained JSON Schema
 * 2020-12 validator (networknt), so every keyword a partner reads in a schema means here what the
 * standard says it means.
 *
 * <p>Schemas live in {@code calldesk/contract/schemas/}: {@code <type>.schema.json} is version 1 of
 * a type, {@code <type>.v<N>.schema.json} version N. A type and version without a schema is not
 * part of the contract.
 *
 * <p>Thread-safe; compiled schemas are cached.
 */
public final class MessageContract {

  /** Largest body accepted, in UTF-8 bytes (64 KiB); a bigger one is refused unread. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  static final String SCHEMAS = "calldesk/contract/schemas/";
  private static final int MAX_PROBLEMS_REPORTED = 5;

  private static final MessageContract PUBLISHED = new MessageContract();

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final Schema envelope;
  private final Map<String, Optional<Schema>> payloads = new ConcurrentHashMap<>();

  private MessageContract() {
    envelope =
        load(SCHEMAS + "envelope.schema.json")
            .orElseThrow(() -> new IllegalStateException("envelope schema not on the classpath"));
  }

  /** The contract as published in this jar (and any schemas beside it on the class path). */
  public static MessageContract published() {
    return PUBLISHED;
  }

  /** Resource name of a type's payload schema in a version. */
  public static String schemaResource(String type, int version) {
    return SCHEMAS + type + (version == 1 ? "" : ".v" + version) + ".schema.json";
  }

  /**
   * Reads a message body that must follow the contract.
   *
   * @throws ContractViolation naming what is wrong (size, JSON, envelope, unknown type or version,
   *     payload); such a message can never succeed on a retry
   */
  public Envelope read(String body) {
    if (body == null || body.isBlank()) {
      throw new ContractViolation("empty message body");
    }
    // A char is at most 3 UTF-8 bytes: only a long body needs counting.
    if (body.length() > MAX_BODY_BYTES / 3) {
      int bytes = body.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_BODY_BYTES) {
        throw new ContractViolation(
            "body of " + bytes + " bytes is over the limit of " + MAX_BODY_BYTES + " bytes");
      }
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JacksonException e) {
      throw new ContractViolation("body is not JSON: " + e.getOriginalMessage(), e);
    }
    List<String> envelopeProblems = problems(envelope, tree);
    if (!envelopeProblems.isEmpty()) {
      throw new ContractViolation("envelope: " + summary(envelopeProblems));
    }
    String type = tree.get("type").asString();
    int version = tree.get("version").asInt();
    Schema payload =
        schemaOf(type, version)
            .orElseThrow(
                () ->
                    new ContractViolation("unknown message type " + type + " version " + version));
    List<String> payloadProblems = problems(payload, tree.get("payload"));
    if (!payloadProblems.isEmpty()) {
      throw new ContractViolation(
          type + " version " + version + " payload: " + summary(payloadProblems));
    }
    return Envelope.parse(body);
  }

  /** Whether the contract has a schema for this type in this version. */
  public boolean publishes(String type, int version) {
    return schemaOf(type, version).isPresent();
  }

  /**
   * What is wrong with a payload of a type and version; empty when it follows the schema. For
   * senders' tests (the IVR simulator's, CallDesk's own outbound messages).
   */
  public List<String> problems(String type, int version, String payloadJson) {
    Schema schema =
        schemaOf(type, version)
            .orElseThrow(
                () -> new IllegalArgumentException("not published: " + type + " v" + version));
    try {
      return problems(schema, mapper.readTree(payloadJson));
    } catch (JacksonException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
  }

  private Optional<Schema> schemaOf(String type, int version) {
    if (version < 1) {
      return Optional.empty();
    }
    return payloads.computeIfAbsent(type + "@" + version, k -> load(schemaResource(type, version)));
  }

  private Optional<Schema> load(String resource) {
    ClassLoader loader = MessageContract.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(
          registry.getSchema(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }

  private static List<String> problems(Schema schema, JsonNode node) {
    return schema.validate(node).stream().map(MessageContract::describe).toList();
  }

  private static String describe(Error e) {
    String at = e.getInstanceLocation().toString();
    return at.isEmpty() ? e.getMessage() : at + ": " + e.getMessage();
  }

  private static String summary(List<String> problems) {
    String shown = problems.stream().limit(MAX_PROBLEMS_REPORTED).collect(Collectors.joining("; "));
    return problems.size() > MAX_PROBLEMS_REPORTED
        ? shown + "; and " + (problems.size() - MAX_PROBLEMS_REPORTED) + " more"
        : shown;
  }
}
