package com.calldesk.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an appointment's history (booked, confirmed, no-show, re-booked…). Only added. */
@Entity
@Table(name = "cd_appointment_step")
public class AppointmentStep {

  @Id
  @SequenceGenerator(
      name = "appt_step_seq",
      sequenceName = "cd_appointment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appt_step_seq")
  private Long id;

  @Column(name = "appointment_id", nullable = false)
  private Long appointmentId;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(length = 1000)
  private String detail;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected AppointmentStep() {}

  AppointmentStep(Long appointmentId, String action, String detail, String doneBy, Instant doneAt) {
    this.appointmentId = appointmentId;
    this.action = action;
    this.detail =
        detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuse() {
    throw new IllegalStateException("an appointment's history cannot change");
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }
}
