package com.calldesk.messaging.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeTest {

  private static final Instant AT = Instant.parse("2026-11-22T06:35:09Z");

  @Test
  void roundTripsThroughJson() {
    Envelope sent =
        Envelope.create(
            "call.offered",
            1,
            "call-42",
            AT,
            Json.createObjectBuilder().add("callerNumber", "13800138000").build());

    Envelope read = Envelope.parse(sent.toJson());

    assertEquals(sent, read);
    assertEquals("13800138000", read.payload().getString("callerNumber"));
    assertEquals(AT, read.occurredAt());
  }

  @Test
  void freshMessagesGetDistinctIds() {
    var payload = Json.createObjectBuilder().build();
    assertTrue(
        !Envelope.create("a.b", 1, "c", AT, payload)
            .id()
            .equals(Envelope.create("a.b", 1, "c", AT, payload).id()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1,2]",
        "{}",
        // no id
        "{\"type\":\"call.offered\",\"version\":1,\"correlationId\":\"c\",\"occurredAt\":\"2026-11-22T06:35:09Z\",\"payload\":{}}",
        // version 0
        "{\"type\":\"call.offered\",\"version\":0,\"id\":\"i\",\"correlationId\":\"c\",\"occurredAt\":\"2026-11-22T06:35:09Z\",\"payload\":{}}",
        // fractional version
        "{\"type\":\"call.offered\",\"version\":1.5,\"id\":\"i\",\"correlationId\":\"c\",\"occurredAt\":\"2026-11-22T06:35:09Z\",\"payload\":{}}",
        // bad type
        "{\"type\":\"CallOffered\",\"version\":1,\"id\":\"i\",\"correlationId\":\"c\",\"occurredAt\":\"2026-11-22T06:35:09Z\",\"payload\":{}}",
        // local time instead of an instant
        "{\"type\":\"call.offered\",\"version\":1,\"id\":\"i\",\"correlationId\":\"c\",\"occurredAt\":\"2026-11-22 06:35\",\"payload\":{}}",
        // payload not an object
        "{\"type\":\"call.offered\",\"version\":1,\"id\":\"i\",\"correlationId\":\"c\",\"occurredAt\":\"2026-11-22T06:35:09Z\",\"payload\":\"x\"}"
      })
  void rejectsWhatBreaksTheContract(String body) {
    assertThrows(ContractViolation.class, () -> Envelope.parse(body));
  }
}
