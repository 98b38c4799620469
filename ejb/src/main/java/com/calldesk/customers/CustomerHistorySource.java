package com.calldesk.customers;

import java.util.List;

/**
 * A kind of record that belongs on a customer's timeline. Each room (calls, inquiries, survey, and
 * later complaints, rescue, appointments, bookings, callbacks) contributes its own by implementing
 * this as a CDI bean; {@link Customers#history} merges them newest first.
 */
public interface CustomerHistorySource {

  /** This source's entries for the customer, at most {@code max}, newest first. */
  List<HistoryEntry> entriesOf(Long customerId, int max);
}
