package com.calldesk.appointments;

import com.calldesk.shared.HistoryStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an appointment's history (booked, no-show, re-booked, cancelled…). Only added. */
@Entity
@Table(name = "cd_appointment_step")
public class AppointmentStep extends HistoryStep {

  @Id
  @SequenceGenerator(
      name = "appt_step_seq",
      sequenceName = "cd_appointment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appt_step_seq")
  private Long id;

  @Column(name = "appointment_id", nullable = false)
  private Long appointmentId;

  protected AppointmentStep() {}

  AppointmentStep(Long appointmentId, String action, String detail, String doneBy, Instant doneAt) {
    super(action, detail, 1000, doneBy, doneAt);
    this.appointmentId = appointmentId;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }
}
