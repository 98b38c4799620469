package com.calldesk.appointments;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The customer's appointments and what became of them, on their timeline. */
@ApplicationScoped
class AppointmentHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    return em
        .createQuery(
            "select s, a.appointmentNo, a.kind from AppointmentStep s, Appointment a"
                + " where a.id = s.appointmentId and a.customerId = :id order by s.doneAt desc",
            Object[].class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            x -> {
              AppointmentStep s = (AppointmentStep) x[0];
              String no = (String) x[1];
              return new HistoryEntry(
                  s.getDoneAt(),
                  "BOOKED".equals(s.getAction()) ? "APPOINTMENT" : "APPOINTMENT_STEP",
                  no
                      + " · "
                      + x[2]
                      + " · "
                      + s.getAction()
                      + (s.getDetail() == null ? "" : ": " + s.getDetail()),
                  s.getDoneBy(),
                  no);
            })
        .toList();
  }
}
