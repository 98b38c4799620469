package com.calldesk.leads;

/** What the sales owner reports: a sale, no sale, or still working on it. */
public enum LeadResult {
  WON,
  LOST,
  FOLLOWING
}
