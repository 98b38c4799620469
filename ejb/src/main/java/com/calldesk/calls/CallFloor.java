package com.calldesk.calls;

import com.calldesk.seats.SeatBoard;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the floor moving: wrap-up times run out, and waiting callers go to agents who became ready.
 * Runs when an agent becomes READY (after that change commits) and every two seconds as a safety
 * net for races between a call arriving and an agent freeing up at the same moment.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CallFloor {

  private static final Logger LOG = Logger.getLogger(CallFloor.class.getName());
  private static final int BATCH = 50;

  @Inject private SeatBoard seats;
  @Inject private CallFlow flow;

  /** One sweep at a time; a sweep asked for while one runs is covered by the running one. */
  private final ReentrantLock sweeping = new ReentrantLock();

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  public void tick() {
    sweep();
  }

  /**
   * After an agent became READY. With nobody waiting there is nothing to route (at 10 calls a
   * second that is most READY changes), and the wrap-ups are the tick's; a call that starts waiting
   * in the same instant is picked up by the next tick.
   */
  @Asynchronous
  public void sweepSoon() {
    if (flow.waiting() > 0) {
      sweep();
    }
  }

  /** Runs in the transaction of the caller (the timer or the asynchronous request). */
  private void sweep() {
    try {
      if (!sweeping.tryLock(3, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      seats.expireWrapUps();
      flow.dispatchWaiting(BATCH);
    } catch (RuntimeException e) {
      // A lock conflict with a consumer; the next tick tries again.
      LOG.log(Level.FINE, "floor sweep failed, retrying on the next tick", e);
      throw e;
    } finally {
      sweeping.unlock();
    }
  }
}
