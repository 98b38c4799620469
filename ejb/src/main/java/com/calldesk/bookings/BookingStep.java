package com.calldesk.bookings;

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

/** A line of a booking's history (requested, confirmed, paid, cancelled…). Only added. */
@Entity
@Table(name = "cd_booking_step")
public class BookingStep {

  @Id
  @SequenceGenerator(
      name = "booking_step_seq",
      sequenceName = "cd_booking_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_step_seq")
  private Long id;

  @Column(name = "booking_id", nullable = false)
  private Long bookingId;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(length = 1000)
  private String detail;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected BookingStep() {}

  BookingStep(Long bookingId, String action, String detail, String doneBy, Instant doneAt) {
    this.bookingId = bookingId;
    this.action = action;
    this.detail =
        detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuse() {
    throw new IllegalStateException("a booking's history cannot change");
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

  public Long getBookingId() {
    return bookingId;
  }
}
