package com.calldesk.it;

import com.calldesk.appointments.Appointment;
import com.calldesk.appointments.AppointmentBook;
import com.calldesk.appointments.AppointmentKind;
import com.calldesk.appointments.NewAppointment;
import com.calldesk.appointments.Place;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.shared.UtcInstantConverter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets up slots and other agents' appointments for the appointment and work-order tests, and reads
 * what the services wrote (places taken, automatic calls) straight from the database.
 */
@Stateless
@PermitAll
public class WorkFixture {

  @PersistenceContext private EntityManager em;
  @Inject private AppointmentBook book;
  @Inject private EmployeeRepository employees;
  @Inject private com.calldesk.bookings.BookingDesk bookingDesk;
  @Inject private com.calldesk.leads.LeadDesk leadDesk;

  /** A slot of an hour from {@code startsAt}, with this many places. */
  public Long slot(AppointmentKind kind, String location, Instant startsAt, int capacity) {
    Long id =
        ((Number)
                em.createNativeQuery("SELECT cd_appointment_seq.NEXTVAL FROM dual")
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO cd_appointment_slot (id, kind, location, starts_at, ends_at, capacity,"
                + " booked, active, version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0,"
                + " 1, 0, 'test', ?)")
        .setParameter(1, id)
        .setParameter(2, kind.name())
        .setParameter(3, location)
        .setParameter(4, UtcInstantConverter.timestamp(startsAt))
        .setParameter(5, UtcInstantConverter.timestamp(startsAt.plusSeconds(3600)))
        .setParameter(6, capacity)
        .setParameter(7, UtcInstantConverter.timestamp(Instant.now()))
        .executeUpdate();
    return id;
  }

  /** An appointment booked by another agent, through the real appointment book. */
  public Long appointmentBy(String agentNo, Long customerId, Long slotId, AppointmentKind kind) {
    Appointment a =
        book.book(
            new NewAppointment(
                customerId, null, kind, slotId, Place.STORE, null, null, "booked by " + agentNo),
            null,
            null,
            Appointment.Channel.PHONE,
            null,
            employees.findByEmployeeNo(agentNo).orElseThrow(),
            Instant.now());
    return a.getId();
  }

  /** A booking taken by another agent, through the real booking desk. */
  public Long bookingBy(String agentNo, Long customerId) {
    return bookingDesk
        .book(
            new com.calldesk.bookings.NewBooking(
                customerId,
                null,
                java.time.LocalDate.now().plusDays(10),
                java.time.LocalDate.now().plusDays(11),
                1,
                "Guest of " + agentNo,
                "zh",
                List.of(new com.calldesk.bookings.NewBooking.Line(1L, 1))),
            null,
            com.calldesk.bookings.Booking.Channel.PHONE,
            null,
            employees.findByEmployeeNo(agentNo).orElseThrow(),
            java.time.LocalDate.now(),
            Instant.now())
        .getId();
  }

  /** Moves a booking's trip into the past (its last day yesterday), behind the service's back. */
  public void tripEndedYesterday(Long bookingId) {
    em.createNativeQuery("UPDATE cd_booking SET travel_from = ?, travel_to = ? WHERE id = ?")
        .setParameter(1, java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(2)))
        .setParameter(2, java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(1)))
        .setParameter(3, bookingId)
        .executeUpdate();
  }

  /** A lead recorded by another agent, through the real lead desk. */
  public Long leadBy(String agentNo, Long customerId) {
    return leadDesk
        .open(
            new com.calldesk.leads.NewLead(
                customerId,
                null,
                "NORTH",
                "asked by " + agentNo + "'s caller",
                com.calldesk.leads.Interest.LOW,
                com.calldesk.leads.Timing.UNDECIDED),
            null,
            employees.findByEmployeeNo(agentNo).orElseThrow(),
            Instant.now())
        .getId();
  }

  /** A lead forwarded this many hours ago, behind the service's back. */
  public void forwardedHoursAgo(Long leadId, int hours) {
    em.createNativeQuery("UPDATE cd_lead SET forwarded_at = ? WHERE id = ?")
        .setParameter(1, UtcInstantConverter.timestamp(Instant.now().minusSeconds(3600L * hours)))
        .setParameter(2, leadId)
        .executeUpdate();
  }

  /** How many customers have this phone number. */
  public long customersWithPhone(String phone) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM cd_customer_phone WHERE phone_number = ?")
                .setParameter(1, phone)
                .getSingleResult())
        .longValue();
  }

  /** The places taken in a slot, as stored. */
  public int booked(Long slotId) {
    return ((Number)
            em.createNativeQuery("SELECT booked FROM cd_appointment_slot WHERE id = ?")
                .setParameter(1, slotId)
                .getSingleResult())
        .intValue();
  }

  /** How many appointments hold a place in a slot (booked or done, not cancelled). */
  public long appointmentsIn(Long slotId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM cd_appointment WHERE slot_id = ? AND state <> 'CANCELLED'")
                .setParameter(1, slotId)
                .getSingleResult())
        .longValue();
  }

  /**
   * The automatic calls raised for a record (source key prefix such as {@code APPT-}), by source
   * key: {state, purpose, dial id, due date, outcome}.
   */
  public Map<String, Object[]> automaticCalls(String keyPrefix) {
    Map<String, Object[]> calls = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT source_key, state, purpose, dial_id, due_on, outcome, attempts,"
                    + " next_try_at FROM cd_callback_task WHERE source_key LIKE ?")
            .setParameter(1, keyPrefix + "%")
            .getResultList();
    for (Object[] r : rows) {
      calls.put((String) r[0], new Object[] {r[1], r[2], r[3], r[4], r[5], r[6], r[7]});
    }
    return calls;
  }

  /** The state of the callback task raised under a source key. */
  public String taskState(String sourceKey) {
    return (String)
        em.createNativeQuery("SELECT state FROM cd_callback_task WHERE source_key = ?")
            .setParameter(1, sourceKey)
            .getSingleResult();
  }

  /** The callback task raised under a source key. */
  public Long callbackId(String sourceKey) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM cd_callback_task WHERE source_key = ?")
                .setParameter(1, sourceKey)
                .getSingleResult())
        .longValue();
  }

  /** The work order of an appointment, if it has one. */
  public Long workOrderOf(Long appointmentId) {
    List<?> found =
        em.createNativeQuery("SELECT id FROM cd_work_order WHERE appointment_id = ?")
            .setParameter(1, appointmentId)
            .getResultList();
    return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
  }
}
