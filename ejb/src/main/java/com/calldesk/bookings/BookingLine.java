package com.calldesk.bookings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of a booking: a product, how many, the unit price it was booked at, the line's total. */
@Entity
@Table(name = "cd_booking_line")
public class BookingLine {

  @Id
  @SequenceGenerator(
      name = "booking_line_seq",
      sequenceName = "cd_booking_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_line_seq")
  private Long id;

  @Column(name = "booking_id", nullable = false)
  private Long bookingId;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  @Column(name = "line_total", nullable = false, precision = 14, scale = 2)
  private BigDecimal lineTotal;

  protected BookingLine() {}

  BookingLine(
      Long bookingId,
      int lineNo,
      Long productId,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal lineTotal) {
    this.bookingId = bookingId;
    this.lineNo = lineNo;
    this.productId = productId;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.lineTotal = lineTotal;
  }

  @PreUpdate
  @PreRemove
  void refuse() {
    throw new IllegalStateException("a booking's lines cannot change");
  }

  public int getLineNo() {
    return lineNo;
  }

  public Long getProductId() {
    return productId;
  }

  public int getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getLineTotal() {
    return lineTotal;
  }
}
