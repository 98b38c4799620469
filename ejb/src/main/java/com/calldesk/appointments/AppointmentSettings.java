package com.calldesk.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What a site may set for appointments (MicroProfile Config: system property or environment). */
@ApplicationScoped
public class AppointmentSettings {

  /** How many free slots a screen offers, and a refusal names. */
  @Inject
  @ConfigProperty(name = "calldesk.appointments.offered-slots", defaultValue = "12")
  int offeredSlots;

  public int offeredSlots() {
    return offeredSlots;
  }

  /** The center's days and times: the server's zone, as the screens. */
  public ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
