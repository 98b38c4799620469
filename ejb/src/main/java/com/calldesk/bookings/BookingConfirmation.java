package com.calldesk.bookings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The confirmation text the customer is sent when the supplier confirmed a booking, in the
 * customer's language, made from the booking alone (so it can be made again and compared), e.g.
 * "您的28日西海温泉之行共预定了10张门票(98元/张)…". Kept with the booking.
 */
public final class BookingConfirmation {

  private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

  private BookingConfirmation() {}

  public static String text(
      String customerName,
      String bookingNo,
      LocalDate from,
      LocalDate to,
      int partySize,
      String travellers,
      String currency,
      BigDecimal total,
      String supplierRef,
      List<BookingView.LineView> lines,
      String language) {
    if ("en".equals(language)) {
      return (customerName == null ? "Dear customer" : "Dear " + customerName)
          + ", your booking "
          + bookingNo
          + " is confirmed: "
          + EN.format(from)
          + (to.equals(from) ? "" : " to " + EN.format(to))
          + ", "
          + partySize
          + (partySize == 1 ? " traveller (" : " travellers (")
          + travellers
          + "). "
          + lines.stream()
              .map(
                  l ->
                      l.quantity()
                          + " × "
                          + l.nameEn()
                          + " at "
                          + money(l.unitPrice(), currency, "en")
                          + " per "
                          + l.unitEn()
                          + " = "
                          + money(l.lineTotal(), currency, "en"))
              .collect(Collectors.joining("; "))
          + ". Total "
          + money(total, currency, "en")
          + (supplierRef == null ? "" : ". Supplier reference " + supplierRef)
          + ". Have a pleasant trip!";
    }
    return (customerName == null ? "尊敬的客户" : customerName)
        + "您好，您的预订"
        + bookingNo
        + "已确认："
        + ZH.format(from)
        + (to.equals(from) ? "" : "至" + ZH.format(to))
        + "，"
        + partySize
        + "人（"
        + travellers
        + "）。"
        + lines.stream()
            .map(
                l ->
                    l.nameZh()
                        + l.quantity()
                        + l.unitZh()
                        + "（"
                        + money(l.unitPrice(), currency, "zh")
                        + "/"
                        + l.unitZh()
                        + "），小计"
                        + money(l.lineTotal(), currency, "zh"))
            .collect(Collectors.joining("；"))
        + "。合计"
        + money(total, currency, "zh")
        + (supplierRef == null ? "" : "，供应商确认号" + supplierRef)
        + "。祝您旅途愉快！";
  }

  /** 98.00元 in Chinese for yuan, CNY 98.00 in English; other currencies by their code. */
  static String money(BigDecimal amount, String currency, String language) {
    String plain = amount.setScale(Money.digits(currency)).toPlainString();
    if ("zh".equals(language) && "CNY".equals(currency)) {
      return plain + "元";
    }
    return currency + " " + plain;
  }
}
