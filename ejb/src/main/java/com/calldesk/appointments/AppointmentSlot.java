package com.calldesk.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A time slot admins open at a location, with a capacity. {@link #take} and {@link #free} are the
 * only ways {@code booked} moves; the service holds the row's lock while it does, and the database
 * refuses {@code booked > capacity} whatever happens.
 */
@Entity
@Table(name = "cd_appointment_slot")
public class AppointmentSlot {

  /**
   * The free slots of a kind (and location), soonest first. Native SQL with the literal {@code
   * active = 1}: under a rush of bookings EclipseLink sometimes bound JPQL's {@code active = true}
   * as a BOOLEAN parameter, which H2 cannot compare with NUMBER(1).
   */
  static final String FREE_SQL =
      "SELECT * FROM cd_appointment_slot WHERE kind = ? AND active = 1 AND booked < capacity"
          + " AND starts_at > ? ORDER BY starts_at, location";

  static final String FREE_AT_SQL =
      "SELECT * FROM cd_appointment_slot WHERE kind = ? AND location = ? AND active = 1"
          + " AND booked < capacity AND starts_at > ? ORDER BY starts_at";

  @Id
  @SequenceGenerator(name = "slot_seq", sequenceName = "cd_appointment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AppointmentKind kind;

  @Column(nullable = false, length = 100)
  private String location;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false)
  private int capacity;

  @Column(nullable = false)
  private int booked;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AppointmentSlot() {}

  AppointmentSlot(
      AppointmentKind kind,
      String location,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      String by,
      Instant now) {
    this.kind = kind;
    this.location = location;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.capacity = capacity;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** Whether a place can be taken now: open, not started, not full. */
  boolean hasRoom(Instant now) {
    return active && booked < capacity && startsAt.isAfter(now);
  }

  void take(String by, Instant now) {
    if (booked >= capacity) {
      throw new IllegalStateException("slot " + id + " is full");
    }
    booked++;
    touch(by, now);
  }

  void free(String by, Instant now) {
    if (booked > 0) {
      booked--;
    }
    touch(by, now);
  }

  /** An admin changes the capacity (never below the places taken) or closes the slot. */
  void change(int capacity, boolean active, String by, Instant now) {
    this.capacity = capacity;
    this.active = active;
    touch(by, now);
  }

  private void touch(String by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public SlotView view() {
    return new SlotView(id, kind, location, startsAt, endsAt, capacity, booked, active, version);
  }

  public Long getId() {
    return id;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public String getLocation() {
    return location;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getBooked() {
    return booked;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
