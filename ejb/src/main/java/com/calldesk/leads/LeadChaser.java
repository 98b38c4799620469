package com.calldesk.leads;

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

/** Every quarter of an hour: leads whose owners are late with feedback are chased. */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class LeadChaser {

  private static final Logger LOG = Logger.getLogger(LeadChaser.class.getName());

  @Inject private LeadDesk desk;
  @Inject private Clock clock;

  @Schedule(minute = "3/15", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    try {
      desk.chase(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "chasing leads failed; the next quarter hour tries again", e);
    }
  }
}
