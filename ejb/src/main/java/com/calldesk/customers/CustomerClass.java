package com.calldesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer class (客户区分) admins configure: individual, business, VIP… */
@Entity
@Table(name = "cd_customer_class")
public class CustomerClass {

  @Id
  @Column(length = 30)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 60)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 60)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CustomerClass() {}

  CustomerClass(String code, String actor, Instant now) {
    this.code = code;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  void change(
      String nameZh, String nameEn, int sortOrder, boolean active, String actor, Instant now) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.sortOrder = sortOrder;
    this.active = active;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
