package com.calldesk.callbacks;

/** What raised a callback task. */
public enum CallbackSource {
  MANUAL,
  NEW_CUSTOMER,
  REGULAR,
  EXPIRY,
  COMPLAINT,
  DROPPED_CALL,
  /** An appointment's confirmation or reminder (automatic). */
  APPOINTMENT,
  /** A booking's reminder or follow-up. */
  BOOKING
}
