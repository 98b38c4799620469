package com.calldesk.bookings;

import java.io.Serializable;
import java.util.List;

/** One page of a booking list and how many rows the whole list has. */
public record BookingPage(List<BookingRow> rows, long total) implements Serializable {}
