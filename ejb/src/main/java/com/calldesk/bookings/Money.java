package com.calldesk.bookings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * Money as exact decimals: amounts carry the currency's minor unit (2 decimals for CNY, USD, EUR;
 * none for JPY), never a floating-point number. A unit price with more decimals than its currency
 * has is refused, not rounded; a total is the exact sum of exact line totals.
 */
public final class Money {

  private Money() {}

  /** Whether the amount is a valid price in the currency: not negative, no finer than its unit. */
  public static boolean isPrice(BigDecimal amount, String currency) {
    return amount != null
        && amount.signum() >= 0
        && amount.stripTrailingZeros().scale() <= digits(currency)
        && amount.compareTo(new BigDecimal("9999999999.99")) <= 0;
  }

  /** A line's total: unit price times quantity, exact, at the currency's scale. */
  public static BigDecimal lineTotal(BigDecimal unitPrice, int quantity, String currency) {
    return unitPrice
        .multiply(BigDecimal.valueOf(quantity))
        .setScale(digits(currency), RoundingMode.UNNECESSARY);
  }

  /** The sum of line totals, at the currency's scale. */
  public static BigDecimal total(List<BigDecimal> lineTotals, String currency) {
    return lineTotals.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(digits(currency), RoundingMode.UNNECESSARY);
  }

  /**
   * An amount shared out over {@code parts} (a price per person): each share rounded down to the
   * minor unit, the remainder on the first share, so the shares add up to the amount exactly.
   */
  public static List<BigDecimal> split(BigDecimal amount, int parts, String currency) {
    int scale = digits(currency);
    BigDecimal share = amount.divide(BigDecimal.valueOf(parts), scale, RoundingMode.DOWN);
    BigDecimal first = amount.subtract(share.multiply(BigDecimal.valueOf(parts - 1L)));
    java.util.ArrayList<BigDecimal> shares = new java.util.ArrayList<>();
    shares.add(first.setScale(scale, RoundingMode.UNNECESSARY));
    for (int i = 1; i < parts; i++) {
      shares.add(share);
    }
    return shares;
  }

  /** The currency's minor-unit digits (2 for CNY). */
  public static int digits(String currency) {
    return Currency.getInstance(currency).getDefaultFractionDigits();
  }
}
