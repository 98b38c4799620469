package com.calldesk.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The complaint rules a site may set (MicroProfile Config: system property or environment). */
@ApplicationScoped
public class ComplaintSettings {

  /** A complaint like one closed at most this many days ago is a repeat of it. */
  @Inject
  @ConfigProperty(name = "calldesk.complaints.repeat-days", defaultValue = "30")
  int repeatDays;

  /** A case with at most this much time left before its due time is flagged "due soon". */
  @Inject
  @ConfigProperty(name = "calldesk.complaints.due-soon-hours", defaultValue = "4")
  int dueSoonHours;

  /** The follow-up callback is due this many days after a complaint is closed. */
  @Inject
  @ConfigProperty(name = "calldesk.complaints.followup-days", defaultValue = "3")
  int followupDays;

  public int repeatDays() {
    return repeatDays;
  }

  public Duration dueSoon() {
    return Duration.ofHours(dueSoonHours);
  }

  public int followupDays() {
    return followupDays;
  }

  /** The center's days (follow-up day, statistics periods): the server's zone, as the screens. */
  public ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
