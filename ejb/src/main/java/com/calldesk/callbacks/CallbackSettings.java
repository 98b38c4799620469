package com.calldesk.callbacks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The callback settings a site may set (MicroProfile Config: system property or environment). */
@ApplicationScoped
public class CallbackSettings {

  /** No answer or busy: the task is tried this many times in all before it is given up. */
  @Inject
  @ConfigProperty(name = "calldesk.callbacks.max-attempts", defaultValue = "3")
  int maxAttempts;

  /** No answer or busy: the next try, unless the agent names a time. */
  @Inject
  @ConfigProperty(name = "calldesk.callbacks.retry-minutes", defaultValue = "60")
  int retryMinutes;

  /** Automatic calls (confirmations, reminders) are dialled between these times of the day. */
  @Inject
  @ConfigProperty(name = "calldesk.callbacks.auto-dial-from", defaultValue = "09:00")
  String autoDialFrom;

  @Inject
  @ConfigProperty(name = "calldesk.callbacks.auto-dial-until", defaultValue = "20:00")
  String autoDialUntil;

  /**
   * Whether an automatic call may be dialled at this moment (the center's time of day). The same
   * time for both ends means around the clock.
   */
  public boolean autoDialHours(java.time.Instant now) {
    java.time.LocalTime from = java.time.LocalTime.parse(autoDialFrom);
    java.time.LocalTime until = java.time.LocalTime.parse(autoDialUntil);
    java.time.LocalTime t = java.time.LocalTime.ofInstant(now, zone());
    return from.equals(until) || !t.isBefore(from) && t.isBefore(until);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration retryAfter() {
    return Duration.ofMinutes(retryMinutes);
  }

  /** The center's days (quotas, hand-out, rollover): the server's zone, as the screens. */
  public ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
