package com.calldesk.breaks;

import com.calldesk.seats.SeatReady;
import com.calldesk.security.EmployeeRepository;
import jakarta.ejb.Asynchronous;
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
 * Keeps the break queues moving: every 15 seconds (an agent first in line finished their call, a
 * meal break is nearly up, a break whose agent signed out is over), and soon after any agent
 * becomes READY (a colleague came back or signed in). Each team's queue is decided in its own
 * transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class BreakTimer {

  private static final Logger LOG = Logger.getLogger(BreakTimer.class.getName());

  @Inject private BreakQueue queue;
  @Inject private EmployeeRepository employees;

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

  /** After an agent became READY: their team's queue, if anyone waits. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void ready(SeatReady ready) {
    try {
      if (queue.anyWaiting()) {
        employees.findByEmployeeNo(ready.employeeNo()).ifPresent(e -> grant(e.getSupervisorId()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "a break queue could not be decided now; the timer tries again", e);
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
