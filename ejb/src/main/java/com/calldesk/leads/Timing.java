package com.calldesk.leads;

/** When the caller expects to buy. */
public enum Timing {
  THIS_MONTH,
  THIS_QUARTER,
  THIS_YEAR,
  UNDECIDED
}
