package com.calldesk.bookings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an agent (or a partner) books.
 *
 * @param travellers the travellers' names, one per person of the party (comma or line separated)
 * @param language the customer's language for the confirmation: zh or en
 */
public record NewBooking(
    Long customerId,
    String callId,
    LocalDate travelFrom,
    LocalDate travelTo,
    int partySize,
    String travellers,
    String language,
    List<Line> lines)
    implements Serializable {

  /** A product and how many of it. */
  public record Line(Long productId, int quantity) implements Serializable {}
}
