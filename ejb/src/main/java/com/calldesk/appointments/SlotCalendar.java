package com.calldesk.appointments;

import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Opens slots: on each day, at each time, unless the slot exists already or has begun. */
@ApplicationScoped
class SlotCalendar {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private AppointmentSettings settings;

  @Transactional(Transactional.TxType.MANDATORY)
  List<AppointmentSlot> open(
      AppointmentKind kind,
      String location,
      LocalDate from,
      LocalDate to,
      List<LocalTime> times,
      int minutes,
      int capacity,
      Instant now) {
    List<AppointmentSlot> opened = new ArrayList<>();
    List<LocalTime> sorted = times.stream().distinct().sorted().toList();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      for (LocalTime time : sorted) {
        Instant start = day.atTime(time).atZone(settings.zone()).toInstant();
        long exists =
            em.createQuery(
                    "select count(s) from AppointmentSlot s where s.kind = :kind"
                        + " and s.location = :loc and s.startsAt = :start",
                    Long.class)
                .setParameter("kind", kind)
                .setParameter("loc", location)
                .setParameter("start", start)
                .getSingleResult();
        if (exists == 0 && start.isAfter(now)) {
          AppointmentSlot slot =
              new AppointmentSlot(
                  kind,
                  location,
                  start,
                  start.plusSeconds(60L * minutes),
                  capacity,
                  audit.currentActor(),
                  now);
          em.persist(slot);
          opened.add(slot);
        }
      }
    }
    em.flush();
    return opened;
  }
}
