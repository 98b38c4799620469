package com.calldesk.breaks;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the break queues moving every 15 seconds: an agent first in line finished their call, a
 * colleague signed in, a meal break is nearly up, a break whose agent signed out is over. A
 * colleague coming back, a request taken back or refused are decided at once, in their own
 * transaction ({@link Breaks}); this is not on the calls' path. Each team's queue is decided in its
 * own transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class BreakTimer {

  private static final Logger LOG = Logger.getLogger(BreakTimer.class.getName());

  @Inject private BreakQueue queue;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    try {
      queue.remind();
      queue.endStale(null);
      if (queue.anyWaiting()) {
        queue.teamsWaiting().forEach(this::grant);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the break queues' run failed; the next one tries again", e);
    }
  }

  private void grant(Long teamId) {
    try {
      queue.grantWaiting(teamId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the break queue of team " + teamId + " failed", e);
    }
  }
}
