package com.calldesk.bookings;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The customer's bookings and every step of them, on their timeline. */
@ApplicationScoped
class BookingHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    return em
        .createQuery(
            "select s, b.bookingNo, b.currency, b.total from BookingStep s, Booking b"
                + " where b.id = s.bookingId and b.customerId = :id order by s.doneAt desc",
            Object[].class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            x -> {
              BookingStep s = (BookingStep) x[0];
              String no = (String) x[1];
              return new HistoryEntry(
                  s.getDoneAt(),
                  "REQUESTED".equals(s.getAction()) ? "BOOKING" : "BOOKING_STEP",
                  no
                      + " · "
                      + x[2]
                      + " "
                      + x[3]
                      + " · "
                      + s.getAction()
                      + (s.getDetail() == null ? "" : ": " + s.getDetail()),
                  s.getDoneBy(),
                  no);
            })
        .toList();
  }
}
