package com.calldesk.appointments;

import com.calldesk.shared.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the demo data on ({@code calldesk.demo-data=true}), keeps two weeks of slots open so the
 * demo always has somewhere to book: sales at a store, repairs on site. A real site's admins open
 * their own on Administration → Appointment slots.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoSlots {

  private static final Logger LOG = Logger.getLogger(DemoSlots.class.getName());

  static final String SALES_STORE = "朝阳门店";
  static final String REPAIR_AREA = "北京上门服务";

  @Inject
  @ConfigProperty(name = "calldesk.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject private SlotCalendar calendar;
  @Inject private AppointmentSettings settings;
  @Inject private Clock clock;

  @PostConstruct
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRED)
  void atStart() {
    daily();
  }

  @Schedule(hour = "0", minute = "5", persistent = false)
  public void daily() {
    if (!demoData) {
      return;
    }
    try {
      Instant now = clock.instant();
      LocalDate today = LocalDate.ofInstant(now, settings.zone());
      int opened =
          calendar
                  .open(
                      AppointmentKind.SALES,
                      SALES_STORE,
                      today,
                      today.plusDays(14),
                      List.of(LocalTime.of(10, 0), LocalTime.of(14, 0)),
                      60,
                      3,
                      now)
                  .size()
              + calendar
                  .open(
                      AppointmentKind.REPAIR,
                      REPAIR_AREA,
                      today,
                      today.plusDays(14),
                      List.of(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(16, 0)),
                      120,
                      3,
                      now)
                  .size();
      LOG.info(
          () -> "Demo data: opened " + opened + " appointment slots (" + AuditTrail.SYSTEM + ")");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not open the demo appointment slots", e);
    }
  }
}
