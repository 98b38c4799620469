package com.calldesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An entry of a reference list admins keep (SPEC §10): customer classes, inquiry categories,
 * departments, inbound channels. A code, a name in each language, an order, and active; a retired
 * entry stays on the records that have it. The version guards two admins against overwriting each
 * other; who changed it last is kept. Tables share the columns (see {@code V4__site.sql}).
 */
@MappedSuperclass
public abstract class ReferenceEntry {

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

  protected ReferenceEntry() {}

  protected ReferenceEntry(String code) {
    this.code = code;
  }

  void change(ReferenceView in, String actor, Instant now) {
    this.nameZh = in.nameZh();
    this.nameEn = in.nameEn();
    this.sortOrder = in.sortOrder();
    this.active = in.active();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public ReferenceView view() {
    return new ReferenceView(code, nameZh, nameEn, sortOrder, active, version);
  }

  public CodeName codeName() {
    return new CodeName(code, nameZh, nameEn);
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
