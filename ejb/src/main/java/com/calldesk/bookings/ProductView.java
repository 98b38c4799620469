package com.calldesk.bookings;

import java.io.Serializable;
import java.math.BigDecimal;

/** A product as screens show it and admins edit it. */
public record ProductView(
    Long id,
    ProductKind kind,
    String nameZh,
    String nameEn,
    String unitZh,
    String unitEn,
    BigDecimal unitPrice,
    String currency,
    boolean active,
    long version)
    implements Serializable {

  public String name(String language) {
    return "en".equals(language) ? nameEn : nameZh;
  }

  public String unit(String language) {
    return "en".equals(language) ? unitEn : unitZh;
  }
}
