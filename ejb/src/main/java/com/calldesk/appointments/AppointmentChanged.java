package com.calldesk.appointments;

/**
 * An appointment left BOOKED (fired in the transaction of the change): cancelled, a no-show, or
 * re-booked into {@code rebookedToId}. The work order of a repair follows it.
 */
public record AppointmentChanged(
    Long appointmentId, AppointmentState state, String reason, Long rebookedToId) {}
