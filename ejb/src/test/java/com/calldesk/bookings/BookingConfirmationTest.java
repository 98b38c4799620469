package com.calldesk.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The confirmation text is made from the booking, in the customer's language. */
class BookingConfirmationTest {

  private static final List<BookingView.LineView> LINES =
      List.of(
          new BookingView.LineView(
              1,
              1L,
              "西海温泉门票",
              "Xihai hot spring ticket",
              "张",
              "ticket",
              10,
              new BigDecimal("98.00"),
              new BigDecimal("980.00")),
          new BookingView.LineView(
              2,
              2L,
              "西海温泉豪华标间",
              "Xihai hot spring deluxe room",
              "间",
              "room",
              5,
              new BigDecimal("500.00"),
              new BigDecimal("2500.00")));

  @Test
  void chinese() {
    assertEquals(
        "王先生您好，您的预订YD00000042已确认：2026年12月28日至2026年12月29日，2人（王强、李梅）。"
            + "西海温泉门票10张（98.00元/张），小计980.00元；西海温泉豪华标间5间（500.00元/间），小计2500.00元。"
            + "合计3480.00元，供应商确认号XH-77。祝您旅途愉快！",
        text("zh"));
  }

  @Test
  void english() {
    assertEquals(
        "Dear 王先生, your booking YD00000042 is confirmed: 28 Dec 2026 to 29 Dec 2026, 2"
            + " travellers (王强、李梅). 10 × Xihai hot spring ticket at CNY 98.00 per ticket ="
            + " CNY 980.00; 5 × Xihai hot spring deluxe room at CNY 500.00 per room = CNY 2500.00."
            + " Total CNY 3480.00. Supplier reference XH-77. Have a pleasant trip!",
        text("en"));
  }

  private static String text(String language) {
    return BookingConfirmation.text(
        "王先生",
        "YD00000042",
        LocalDate.of(2026, 12, 28),
        LocalDate.of(2026, 12, 29),
        2,
        "王强、李梅",
        "CNY",
        new BigDecimal("3480.00"),
        "XH-77",
        LINES,
        language);
  }
}
