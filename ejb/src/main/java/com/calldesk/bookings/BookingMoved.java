package com.calldesk.bookings;

/**
 * A booking was taken or changed state (fired in the transaction of the change): what partners are
 * told about on their events queue.
 */
public record BookingMoved(Long bookingId, String bookingNo, BookingState state, String detail) {}
