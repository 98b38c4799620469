package com.calldesk.inquiries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an inquiry is about (咨询类别): configured reference data. */
@Entity
@Table(name = "cd_inquiry_category")
public class InquiryCategory {

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

  protected InquiryCategory() {}

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public boolean isActive() {
    return active;
  }
}
