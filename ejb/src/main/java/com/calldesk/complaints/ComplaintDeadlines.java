package com.calldesk.complaints;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: flags complaints that came due soon or went past due (see {@link ComplaintAlarms}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class ComplaintDeadlines {

  private static final Logger LOG = Logger.getLogger(ComplaintDeadlines.class.getName());

  @Inject private ComplaintAlarms alarms;
  @Inject private Clock clock;

  @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    try {
      int flagged = alarms.sweep(clock.instant());
      if (flagged > 0) {
        LOG.fine(() -> flagged + " complaints flagged due soon or overdue");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "complaint deadline sweep failed; the next minute tries again", e);
    }
  }
}
