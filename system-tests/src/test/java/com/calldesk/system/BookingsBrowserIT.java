package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ivrsim.IvrSimulator;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A travel booking in the browser: an agent takes it during a call (a party without one name per
 * person refused next to the names), the exact total shows, the supplier's confirmation makes the
 * customer's confirmation text in the customer's language (Chinese for one, English for the other)
 * and it is paid.
 */
class BookingsBrowserIT {

  private IvrSimulator ivr;

  @BeforeEach
  void telephoneSide() {
    ivr = Telephone.open();
  }

  @AfterEach
  void hangUp() {
    ivr.close();
  }

  @ParameterizedTest(name = "{0}, customer {1}")
  @CsvSource({"zh-CN, zh, 合计3480.00元, 已确认", "en, en, Total CNY 3480.00, Confirmed"})
  void aBookingIsTakenConfirmedWithItsTextInTheCustomersLanguageAndPaid(
      String language, String customerLanguage, String totalText, String confirmedState) {
    String caller = "1373" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
    String from = LocalDate.now().plusDays(20).toString();
    String to = LocalDate.now().plusDays(21).toString();
    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String callId = ivr.offer(caller);
      agent.waitForAttribute("#callCard", "data-call-id", callId);

      agent.alt('y');
      agent.find("#bookingForm\\:travellers");
      agent.ajaxIdle();
      agent.type("#bookingForm\\:travelFrom_input", from);
      agent.type("#bookingForm\\:travelTo_input", to);
      agent.type("#bookingForm\\:partySize", "2");
      agent.select("#bookingForm\\:language", customerLanguage);
      agent.type("#bookingForm\\:travellers", "Wang Qiang");
      agent.type("input[data-product='1']", "10");
      agent.type("input[data-product='2']", "5");
      agent.click("#bookingForm\\:saveBooking");
      agent.waitForText(
          "#bookingForm\\:travellersMessage", t -> !t.isBlank(), "one name per person");
      agent.type("#bookingForm\\:travellers", "Wang Qiang, Li Mei");
      agent.click("#bookingForm\\:saveBooking");
      agent.waitForText("#bookingForm\\:bookingSaved", t -> t.contains("YD"), "booked");
      assertTrue(agent.text("#bookingForm\\:bookingSaved").contains("3480.00"), "the exact total");
      String bookingNo = agent.attribute("#bookingForm\\:bookingSaved", "data-booking-no");
      agent.keys(org.openqa.selenium.Keys.ESCAPE);

      agent.clickAndWait("#fn\\:fn-bookings");
      agent.click("#bookings\\:rows a[data-booking-no='" + bookingNo + "']");
      agent.waitForAttribute("#booking\\:bookingPanel", "data-state", "REQUESTED");
      agent.type("#booking\\:text", "XH-77");
      agent.click("#booking\\:confirm");
      agent.waitForAttribute("#booking\\:bookingPanel", "data-state", "CONFIRMED");
      assertEquals(confirmedState, agent.text("#bookingState"));
      String text = agent.text("#confirmationText");
      assertTrue(
          text.contains(totalText) && text.contains(bookingNo) && text.contains("XH-77"), text);
      assertEquals(customerLanguage, agent.attribute("#confirmationText", "lang"));
      agent.click("#booking\\:pay");
      agent.waitForAttribute("#booking\\:bookingPanel", "data-state", "PAID");
      agent.screenshot("booking-" + language);
      agent.clickAndWait("#headerForm\\:logout");
    }
  }
}
