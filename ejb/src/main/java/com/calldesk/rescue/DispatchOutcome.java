package com.calldesk.rescue;

/** A dispatch task's answer from the unit. */
public enum DispatchOutcome {
  PENDING,
  ACKNOWLEDGED,
  REFUSED,
  UNREACHABLE
}
