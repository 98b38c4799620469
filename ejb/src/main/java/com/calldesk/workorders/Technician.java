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

/** A technician (维修人员) of a work area. */
@Entity
@Table(name = "cd_technician")
public class Technician {

  @Id
  @SequenceGenerator(
      name = "technician_seq",
      sequenceName = "cd_work_order_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technician_seq")
  private Long id;

  @Column(name = "work_area_id", nullable = false)
  private Long workAreaId;

  @Column(nullable = false, length = 60)
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

  protected Technician() {}

  Technician(Long workAreaId) {
    this.workAreaId = workAreaId;
  }

  void change(String name, String phone, boolean active, String by, Instant at) {
    this.name = name;
    this.phone = phone;
    this.active = active;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public TechnicianView view() {
    return new TechnicianView(id, workAreaId, name, phone, active, version);
  }

  public Long getId() {
    return id;
  }

  public Long getWorkAreaId() {
    return workAreaId;
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
