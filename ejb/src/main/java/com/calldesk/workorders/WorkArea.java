package com.calldesk.workorders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A work area (工区) admins keep: its name and the phone the telephone side dials to dispatch. */
@Entity
@Table(name = "cd_work_area")
public class WorkArea {

  @Id
  @SequenceGenerator(
      name = "work_area_seq",
      sequenceName = "cd_work_order_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_area_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 20)
  private String phone;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected WorkArea() {}

  WorkArea(String name) {
    this.name = name;
  }

  void change(String name, String phone, boolean active, String by, Instant at) {
    this.name = name;
    this.phone = phone;
    this.active = active;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public WorkAreaView view() {
    return new WorkAreaView(id, name, phone, active, version);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
