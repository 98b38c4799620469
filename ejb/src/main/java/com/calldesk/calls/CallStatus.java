package com.calldesk.calls;

/** Where a call is, as CallDesk knows it. */
public enum CallStatus {
  /** Offered, nobody free yet: the caller hears the waiting music. */
  WAITING,
  /** Put through to an agent whose phone rings. */
  RINGING,
  /** Connected to an agent. */
  TALKING,
  /** Over; the call-log row is closed and never changes again. */
  ENDED
}
