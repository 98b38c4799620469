package com.calldesk.bookings;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves bookings on with the calendar, every hour: a paid booking whose first day has come is
 * travelling; a trip whose last day is over is completed, which raises its follow-up call. By the
 * system, audited like any move; at most 200 of each per run.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class BookingCalendar {

  private static final Logger LOG = Logger.getLogger(BookingCalendar.class.getName());

  @Inject private Days days;
  @Inject private Clock clock;

  @Schedule(minute = "7", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void hourly() {
    try {
      days.run(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "moving bookings on with the calendar failed; next hour again", e);
    }
  }

  /** The run itself, in its own transaction. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Days {

    @PersistenceContext private EntityManager em;
    @Inject private BookingDesk desk;

    /**
     * @return how many bookings moved
     */
    @Transactional
    public int run(Instant now) {
      ZoneId zone = ZoneId.systemDefault();
      LocalDate today = LocalDate.ofInstant(now, zone);
      int moved = 0;
      for (Booking b : due("PAID", "travelFrom <= :today", today)) {
        desk.depart(b, now);
        moved++;
      }
      for (Booking b : due("TRAVELLING", "travelTo < :today", today)) {
        desk.complete(b, zone, now);
        moved++;
      }
      return moved;
    }

    private List<Booking> due(String state, String condition, LocalDate today) {
      return em.createQuery(
              "select b from Booking b where b.state = :state and b."
                  + condition
                  + " order by b.id",
              Booking.class)
          .setParameter("state", BookingState.valueOf(state))
          .setParameter("today", today)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .setMaxResults(200)
          .getResultList();
    }
  }
}
