package com.calldesk.appointments;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An appointment with its slot and its history. */
public record AppointmentView(
    Long id,
    String appointmentNo,
    AppointmentKind kind,
    Long customerId,
    String customerNo,
    String customerName,
    SlotView slot,
    Place place,
    String address,
    String specialist,
    String notes,
    AppointmentState state,
    String reason,
    String rebookedFromNo,
    Appointment.Channel channel,
    String agentNo,
    Instant createdAt,
    long version,
    List<StepView> steps)
    implements Serializable {

  /** A line of the history. */
  public record StepView(String action, String detail, String doneBy, Instant doneAt)
      implements Serializable {}

  /** Whether the customer can still come (booked, the slot not started). */
  public boolean open(Instant now) {
    return state == AppointmentState.BOOKED && slot.startsAt().isAfter(now);
  }
}
