package com.calldesk.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prices, line totals and totals are exact decimals at the currency's minor unit. */
class MoneyTest {

  @Test
  void theSeedsHotSpringTripAddsUpExactly() {
    // "10张门票(98元/张)，五套豪华标间(500元/间)"
    BigDecimal tickets = Money.lineTotal(new BigDecimal("98.00"), 10, "CNY");
    BigDecimal rooms = Money.lineTotal(new BigDecimal("500"), 5, "CNY");
    assertEquals(new BigDecimal("980.00"), tickets);
    assertEquals(new BigDecimal("2500.00"), rooms);
    assertEquals(new BigDecimal("3480.00"), Money.total(List.of(tickets, rooms), "CNY"));
  }

  @Test
  void centsNeverDriftTheWayFloatingPointDoes() {
    // 0.1 + 0.2 in double is 0.30000000000000004; three lines of 0.10 are 0.30 here.
    BigDecimal dime = Money.lineTotal(new BigDecimal("0.10"), 1, "CNY");
    assertEquals(new BigDecimal("0.30"), Money.total(List.of(dime, dime, dime), "CNY"));
    assertEquals(new BigDecimal("3841.50"), Money.lineTotal(new BigDecimal("1280.50"), 3, "CNY"));
    assertEquals(
        new BigDecimal("999899900.01"),
        Money.lineTotal(new BigDecimal("99999.99"), 9999, "CNY"),
        "the largest line fits NUMBER(14,2) to the cent");
  }

  @Test
  void aPriceFinerThanTheCurrencysUnitIsRefusedNotRounded() {
    assertTrue(Money.isPrice(new BigDecimal("98.5"), "CNY"));
    assertTrue(Money.isPrice(new BigDecimal("98.50"), "CNY"));
    assertTrue(Money.isPrice(new BigDecimal("98.500"), "CNY"), "trailing zeros are no finer");
    assertFalse(Money.isPrice(new BigDecimal("98.505"), "CNY"));
    assertFalse(Money.isPrice(new BigDecimal("-1"), "CNY"));
    assertFalse(Money.isPrice(null, "CNY"));
    assertTrue(Money.isPrice(new BigDecimal("1500"), "JPY"));
    assertFalse(Money.isPrice(new BigDecimal("1500.5"), "JPY"), "yen have no minor unit");
    assertThrows(
        ArithmeticException.class,
        () -> Money.lineTotal(new BigDecimal("0.005"), 1, "CNY"),
        "a total never rounds silently");
  }

  @Test
  void aSplitAddsUpToTheAmountWithTheRemainderOnTheFirstShare() {
    List<BigDecimal> shares = Money.split(new BigDecimal("100.00"), 3, "CNY");
    assertEquals(
        List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")), shares);
    assertEquals(
        new BigDecimal("100.00"), shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    assertEquals(List.of(new BigDecimal("0.01")), Money.split(new BigDecimal("0.01"), 1, "CNY"));
  }
}
