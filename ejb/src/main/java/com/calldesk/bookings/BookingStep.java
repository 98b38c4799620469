package com.calldesk.bookings;

import com.calldesk.shared.HistoryStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of a booking's history (requested, confirmed, paid, cancelled…). Only added. */
@Entity
@Table(name = "cd_booking_step")
public class BookingStep extends HistoryStep {

  @Id
  @SequenceGenerator(
      name = "booking_step_seq",
      sequenceName = "cd_booking_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_step_seq")
  private Long id;

  @Column(name = "booking_id", nullable = false)
  private Long bookingId;

  protected BookingStep() {}

  BookingStep(Long bookingId, String action, String detail, String doneBy, Instant doneAt) {
    super(action, detail, 1000, doneBy, doneAt);
    this.bookingId = bookingId;
  }

  public Long getBookingId() {
    return bookingId;
  }
}
