package com.calldesk.bookings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A booking in a list. */
public record BookingRow(
    Long id,
    String bookingNo,
    String customerNo,
    String customerName,
    LocalDate travelFrom,
    LocalDate travelTo,
    int partySize,
    String currency,
    BigDecimal total,
    BookingState state,
    String agentNo,
    Instant createdAt)
    implements Serializable {}
