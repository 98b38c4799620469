package com.calldesk.complaints;

/** What the investigation found to be the cause: the statistics count complaints by it. */
public enum ComplaintCause {
  ATTITUDE,
  PRODUCT_QUALITY,
  PROCESS,
  DELIVERY,
  BILLING,
  COMMUNICATION,
  OTHER
}
