package com.calldesk.appointments;

import java.io.Serializable;
import java.time.Instant;

/** An appointment in a list. */
public record AppointmentRow(
    Long id,
    String appointmentNo,
    AppointmentKind kind,
    String customerNo,
    String customerName,
    Instant startsAt,
    String location,
    Place place,
    AppointmentState state,
    String agentNo)
    implements Serializable {}
