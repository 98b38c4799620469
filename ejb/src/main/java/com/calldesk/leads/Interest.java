package com.calldesk.leads;

/** How keen the caller is to buy. */
public enum Interest {
  HIGH,
  MEDIUM,
  LOW
}
