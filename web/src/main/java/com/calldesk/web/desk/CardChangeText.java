package com.calldesk.web.desk;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card correction on the customer's timeline, as a person reads it in the page's language ("Name:
 * 张三 · Class: VIP · Phones: 13800138000, 13900139000"), instead of the audit log's raw text
 * ("name=张三, class=VIP, phones=[13800138000, 13900139000]").
 */
final class CardChangeText {

  private static final Pattern AUDIT =
      Pattern.compile("^name=(.*), class=(.*?), phones=\\[(.*)\\]$", Pattern.DOTALL);

  private CardChangeText() {}

  /**
   * @param label a field's label by message key, e.g. {@code customer.fullName}
   * @param item formats one "label: value" pair in the page's language
   * @param className a class code's name in the page's language
   * @return the readable text, or the detail unchanged if it is not a card correction's
   */
  static String format(
      String detail,
      UnaryOperator<String> label,
      java.util.function.BinaryOperator<String> item,
      Function<String, String> className) {
    if (detail == null) {
      return "";
    }
    Matcher m = AUDIT.matcher(detail);
    if (!m.matches()) {
      return detail;
    }
    String name = blank(m.group(1)) ? "—" : m.group(1);
    String code = m.group(2);
    String cls = blank(code) || "null".equals(code) ? "—" : className.apply(code);
    String phones = blank(m.group(3)) ? "—" : m.group(3);
    return item.apply(label.apply("customer.fullName"), name)
        + " · "
        + item.apply(label.apply("customer.class"), cls)
        + " · "
        + item.apply(label.apply("customer.phones"), phones);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank() || "null".equals(s);
  }
}
