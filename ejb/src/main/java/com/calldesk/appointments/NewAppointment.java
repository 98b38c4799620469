package com.calldesk.appointments;

import java.io.Serializable;

/**
 * What an agent (or a partner) asks for.
 *
 * @param callId the call it is booked on, if any (the telephone side's id)
 * @param address required on site
 * @param specialist the person the customer asks for, optional
 */
public record NewAppointment(
    Long customerId,
    String callId,
    AppointmentKind kind,
    Long slotId,
    Place place,
    String address,
    String specialist,
    String notes)
    implements Serializable {}
