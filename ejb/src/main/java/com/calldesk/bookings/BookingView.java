package com.calldesk.bookings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A booking with its lines, its confirmation text and its history. */
public record BookingView(
    Long id,
    String bookingNo,
    Long customerId,
    String customerNo,
    String customerName,
    BookingState state,
    LocalDate travelFrom,
    LocalDate travelTo,
    int partySize,
    String travellers,
    String currency,
    BigDecimal total,
    String language,
    String supplierRef,
    String confirmationText,
    String reason,
    Booking.Channel channel,
    String agentNo,
    Instant createdAt,
    long version,
    List<LineView> lines,
    List<StepView> steps)
    implements Serializable {

  /** A line, with the product's names. */
  public record LineView(
      int lineNo,
      Long productId,
      String nameZh,
      String nameEn,
      String unitZh,
      String unitEn,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal lineTotal)
      implements Serializable {}

  /** A line of the history. */
  public record StepView(String action, String detail, String doneBy, Instant doneAt)
      implements Serializable {}

  public boolean allows(String action) {
    return state.allows(BookingState.Action.valueOf(action));
  }
}
