package com.calldesk.appointments;

/**
 * A repair appointment was booked (fired in the booking's transaction): the work-order room opens
 * its work order (表单) in the same transaction, or moves the order of the appointment it re-books.
 *
 * @param rebookedFromId the no-show this appointment re-books, or null
 */
public record RepairBooked(
    Long appointmentId,
    String appointmentNo,
    Long customerId,
    String request,
    Long agentId,
    Long rebookedFromId) {}
