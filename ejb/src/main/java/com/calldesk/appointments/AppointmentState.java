package com.calldesk.appointments;

/**
 * BOOKED until the slot: then ATTENDED, or NO_SHOW (with a reason, maybe re-booked); CANCELLED
 * (with a reason) frees the place.
 */
public enum AppointmentState {
  BOOKED,
  ATTENDED,
  NO_SHOW,
  CANCELLED
}
