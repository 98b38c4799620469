package com.calldesk.rescue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A rescue unit (救援单位) admins keep: name, the phone the telephone side dials, its area. */
@Entity
@Table(name = "cd_rescue_unit")
public class RescueUnit {

  @Id
  @SequenceGenerator(name = "rescue_unit_seq", sequenceName = "cd_rescue_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rescue_unit_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 20)
  private String phone;

  @Column(name = "service_area", nullable = false, length = 60)
  private String serviceArea;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RescueUnit() {}

  RescueUnit(String name) {
    this.name = name;
  }

  void change(
      String name, String phone, String serviceArea, boolean active, String by, Instant at) {
    this.name = name;
    this.phone = phone;
    this.serviceArea = serviceArea;
    this.active = active;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public RescueUnitView view() {
    return new RescueUnitView(id, name, phone, serviceArea, active, version);
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

  public String getServiceArea() {
    return serviceArea;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
