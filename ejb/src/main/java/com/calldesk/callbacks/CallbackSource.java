package com.calldesk.callbacks;

/** What raised a callback task. */
public enum CallbackSource {
  MANUAL,
  NEW_CUSTOMER,
  REGULAR,
  EXPIRY,
  COMPLAINT,
  DROPPED_CALL
}
