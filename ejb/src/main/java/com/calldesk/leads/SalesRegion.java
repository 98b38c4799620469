package com.calldesk.leads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A sales region admins keep: its owner, the owner's system (the partner id its lead events carry)
 * and the hours the owner has to give feedback before the lead is chased.
 */
@Entity
@Table(name = "cd_sales_region")
public class SalesRegion {

  @Id
  @Column(length = 30)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 60)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 60)
  private String nameEn;

  @Column(name = "owner_name", nullable = false, length = 100)
  private String ownerName;

  @Column(name = "owner_system", nullable = false, length = 40)
  private String ownerSystem;

  @Column(name = "feedback_hours", nullable = false)
  private int feedbackHours;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SalesRegion() {}

  SalesRegion(String code) {
    this.code = code;
  }

  void change(SalesRegionView in, String by, Instant at) {
    this.nameZh = in.nameZh();
    this.nameEn = in.nameEn();
    this.ownerName = in.ownerName();
    this.ownerSystem = in.ownerSystem();
    this.feedbackHours = in.feedbackHours();
    this.sortOrder = in.sortOrder();
    this.active = in.active();
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public SalesRegionView view() {
    return new SalesRegionView(
        code, nameZh, nameEn, ownerName, ownerSystem, feedbackHours, sortOrder, active, version);
  }

  public String getCode() {
    return code;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getOwnerSystem() {
    return ownerSystem;
  }

  public int getFeedbackHours() {
    return feedbackHours;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }
}
