package com.calldesk.customers;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a customer's history: a call, an inquiry, a reply, a survey, a change of the card,
 * and (as those rooms arrive) complaints, rescue cases, appointments, bookings and callbacks.
 *
 * @param kind what sort of record: CALL, INQUIRY, REPLY, SURVEY, CARD…
 * @param summary one line about it, in the words of the record (question, disposition…)
 * @param by who made it (employee id, or "system")
 * @param reference the record's own key (call id, inquiry id…) for opening it
 */
public record HistoryEntry(Instant at, String kind, String summary, String by, String reference)
    implements Serializable {}
