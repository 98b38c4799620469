package com.calldesk.monitor;

import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 10 seconds, today's service level to the open seat monitors ({@code monitor-floor}); the
 * waiting-queue length reaches them at each change already.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class FloorTicker {

  private static final Logger LOG = Logger.getLogger(FloorTicker.class.getName());

  @Inject private Floor floor;
  @Inject private DeskChannel desks;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  public void tick() {
    try {
      FloorFigures f = floor.figures();
      desks.publish(DeskNotice.toMonitors(DeskNotice.ALL_TEAMS, json(f)));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "the floor figures could not be read now", e);
    }
  }

  static String json(FloorFigures f) {
    return Json.createObjectBuilder()
        .add("kind", "monitor-floor")
        .add("waiting", f.waiting())
        .add("offered", f.offered())
        .add("inTime", f.inTime())
        .add("serviceLevel", f.serviceLevel())
        .build()
        .toString();
  }
}
