package com.calldesk.complaints;

/** How a complaint reached the center. */
public enum ComplaintChannel {
  PHONE,
  PARTNER,
  WALK_IN,
  LETTER
}
