package com.calldesk.appointments;

import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Admins open appointment slots (a location, days, start times, a length and a capacity) and change
 * one slot's capacity or close it. Every change is audited; a slot never gets fewer places than are
 * booked in it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SlotAdmin {

  static final String SUBJECT = "AppointmentSlot";

  /** At most this many slots in one go (a quarter's working hours at one location). */
  static final int MAX_OPENED = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private AppointmentSettings settings;
  @Inject private Clock clock;
  @Inject private SlotCalendar calendar;

  /**
   * Opens a slot on every day from {@code from} to {@code to} at each of {@code times}; a slot that
   * exists already (same kind, location and start) is left as it is.
   *
   * @return how many slots were opened
   * @throws InvalidInput field by field
   */
  public int open(
      AppointmentKind kind,
      String rawLocation,
      LocalDate from,
      LocalDate to,
      List<LocalTime> times,
      int minutes,
      int capacity) {
    String location = InvalidInput.clean(rawLocation);
    Instant now = clock.instant();
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(kind != null, "slotKind", "input.required")
            .text(location, true, 100, "slotLocation")
            .require(from != null, "slotFrom", "input.required")
            .require(to != null, "slotTo", "input.required")
            .require(times != null && !times.isEmpty(), "slotTimes", "slot.badTimes")
            .require(minutes >= 10 && minutes <= 600, "slotMinutes", "slot.badMinutes")
            .require(capacity >= 1 && capacity <= 9999, "slotCapacity", "slot.badCapacity");
    if (check.ok("slotFrom") && check.ok("slotTo")) {
      check
          .require(!to.isBefore(from), "slotTo", "slot.badRange")
          .require(
              !from.isBefore(LocalDate.ofInstant(now, settings.zone())), "slotFrom", "slot.past");
      if (check.ok("slotTo") && check.ok("slotTimes")) {
        long count = (to.toEpochDay() - from.toEpochDay() + 1) * times.size();
        check.require(count <= MAX_OPENED, "slotTo", "slot.tooMany");
      }
    }
    check.throwIfAny();
    List<AppointmentSlot> opened =
        calendar.open(kind, location, from, to, times, minutes, capacity, now);
    em.flush();
    audit.record(
        "SLOTS_OPENED",
        SUBJECT,
        opened.isEmpty() ? "-" : opened.get(0).getId(),
        opened.size()
            + " "
            + kind
            + " slots at "
            + location
            + ", "
            + from
            + ".."
            + to
            + " "
            + times
            + ", "
            + minutes
            + " min, "
            + capacity
            + " places");
    return opened.size();
  }

  /**
   * Changes a slot's capacity or closes it.
   *
   * @throws InvalidInput {@code slot.belowBooked} when fewer places than are booked
   * @throws BusinessException {@code reference.changedMeanwhile} on a stale screen
   */
  public SlotView change(Long id, long version, int capacity, boolean active) {
    AppointmentSlot slot =
        id == null ? null : em.find(AppointmentSlot.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (slot == null) {
      throw new BusinessException("slot.notFound", null, "no slot " + id);
    }
    if (slot.getVersion() != version) {
      throw new BusinessException("reference.changedMeanwhile", null, "slot changed meanwhile");
    }
    new InvalidInput.Check()
        .require(capacity >= 0 && capacity <= 9999, "slotCapacity", "slot.badCapacity")
        .require(capacity >= slot.getBooked(), "slotCapacity", "slot.belowBooked")
        .throwIfAny();
    slot.change(capacity, active, audit.currentActor(), clock.instant());
    em.flush();
    audit.record(
        "SLOT_CHANGED", SUBJECT, slot.getId(), capacity + " places" + (active ? "" : ", closed"));
    return slot.view();
  }

  /** The slots from a day on, soonest first, a page at a time. */
  public List<SlotView> from(LocalDate day, int first, int max) {
    return em
        .createQuery(
            "select s from AppointmentSlot s where s.startsAt >= :from order by s.startsAt,"
                + " s.kind, s.location",
            AppointmentSlot.class)
        .setParameter("from", day.atStartOfDay(settings.zone()).toInstant())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(AppointmentSlot::view)
        .toList();
  }

  public long countFrom(LocalDate day) {
    return em.createQuery(
            "select count(s) from AppointmentSlot s where s.startsAt >= :from", Long.class)
        .setParameter("from", day.atStartOfDay(settings.zone()).toInstant())
        .getSingleResult();
  }
}
