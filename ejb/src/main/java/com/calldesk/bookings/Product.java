package com.calldesk.bookings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A product admins keep (a ticket, a room, a tour) with its unit price in a currency. */
@Entity
@Table(name = "cd_product")
public class Product {

  @Id
  @SequenceGenerator(name = "product_seq", sequenceName = "cd_booking_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProductKind kind;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(name = "unit_zh", nullable = false, length = 10)
  private String unitZh;

  @Column(name = "unit_en", nullable = false, length = 20)
  private String unitEn;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Product() {}

  Product(ProductKind kind) {
    this.kind = kind;
  }

  void change(ProductView in, String by, Instant at) {
    this.kind = in.kind();
    this.nameZh = in.nameZh();
    this.nameEn = in.nameEn();
    this.unitZh = in.unitZh();
    this.unitEn = in.unitEn();
    this.unitPrice = in.unitPrice();
    this.currency = in.currency();
    this.active = in.active();
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public ProductView view() {
    return new ProductView(
        id, kind, nameZh, nameEn, unitZh, unitEn, unitPrice, currency, active, version);
  }

  public Long getId() {
    return id;
  }

  public ProductKind getKind() {
    return kind;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getUnitZh() {
    return unitZh;
  }

  public String getUnitEn() {
    return unitEn;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
