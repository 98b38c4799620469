package com.calldesk.appointments;

import java.io.Serializable;
import java.time.Instant;

/** A slot as screens and partners see it; {@link #free()} is the places left. */
public record SlotView(
    Long id,
    AppointmentKind kind,
    String location,
    Instant startsAt,
    Instant endsAt,
    int capacity,
    int booked,
    boolean active,
    long version)
    implements Serializable {

  public int free() {
    return Math.max(0, capacity - booked);
  }
}
