package com.calldesk.callbacks;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every quarter of an hour (and so soon after midnight): the rules' new tasks, yesterday's
 * unfinished ones moved to today, and the hand-out (see {@link CallbackDay}). Each step is
 * idempotent, so a missed or repeated run does no harm.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class CallbackTimer {

  private static final Logger LOG = Logger.getLogger(CallbackTimer.class.getName());

  @Inject private CallbackDay day;
  @Inject private AutomaticCalls automatic;
  @Inject private CallbackSettings settings;
  @Inject private Clock clock;

  @Schedule(minute = "1/15", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    Instant now = clock.instant();
    try {
      day.run(LocalDate.ofInstant(now, settings.zone()), now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the callback day's run failed; the next quarter hour tries again", e);
    }
  }

  /**
   * Every minute: auto-dials nobody answered are dialled again when their retry time comes, and the
   * automatic tasks (reminders) whose day has come are dialled.
   */
  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void redial() {
    try {
      day.redialDue(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the automatic re-dial failed; the next minute tries again", e);
    }
    try {
      automatic.dialDue(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "dialling the due confirmations and reminders failed", e);
    }
  }
}
