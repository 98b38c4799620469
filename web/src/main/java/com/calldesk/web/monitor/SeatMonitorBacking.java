package com.calldesk.web.monitor;

import com.calldesk.calls.CallSettings;
import com.calldesk.monitor.FloorFigures;
import com.calldesk.monitor.MonitorRow;
import com.calldesk.monitor.SeatMonitor;
import com.calldesk.seats.AgentState;
import com.calldesk.web.Feedback;
import com.calldesk.web.desk.DeskPush;
import com.calldesk.web.desk.LivePush;
import com.calldesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The seat monitor (座席监控): the watched agents and the floor's figures as the page opens; every
 * later change arrives on the page's push stream (monitor.js) without a reload. Sending an agent on
 * a break or off the floor redraws the table.
 */
@Named("seatMonitor")
@ViewScoped
public class SeatMonitorBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What monitor.js may say, in the page's language. */
  static final List<String> TEXTS =
      List.of(
          "state.READY",
          "state.TALKING",
          "state.WRAP_UP",
          "state.BREAK",
          "state.OFFLINE",
          "break.kind.MEAL",
          "break.kind.RESTROOM",
          "break.kind.OTHER",
          "monitor.noLevel");

  @Inject private SeatMonitor monitor;
  @Inject private CallSettings callSettings;
  @Inject private Feedback feedback;
  @Inject private LivePush livePush;
  @Inject private Messages messages;
  @Inject private com.calldesk.web.security.SignedInSessions sessions;

  private List<MonitorRow> rows;
  private FloorFigures floor;
  private String scope;

  @PostConstruct
  void load() {
    rows = monitor.rows();
    floor = monitor.floor();
    if (scope == null) {
      String team = monitor.scope();
      scope = team == null ? DeskPush.ALL : team;
    }
  }

  /** Sends an agent on a break, or signs them off the floor and out of CallDesk (audited). */
  public void force(String employeeNo, String state) {
    try {
      monitor.force(employeeNo, AgentState.valueOf(state));
      if (AgentState.OFFLINE.name().equals(state)) {
        // Signed off the floor: their open pages end too and land on the login page.
        sessions.end(employeeNo);
      }
      feedback.info("monitor.forced." + state, employeeNo);
    } catch (RuntimeException e) {
      feedback.refused(e, "seats");
    }
    load();
  }

  /** Redraws after a change the page cannot patch itself (a break granted, asked, ended). */
  public void refresh() {
    load();
  }

  public String getPushPath() {
    return livePush.monitorPath(scope);
  }

  public String getTextsJson() {
    return messages.json(TEXTS);
  }

  public int getTalkLimitSeconds() {
    return callSettings.talkLimitSeconds();
  }

  public List<MonitorRow> getRows() {
    return rows;
  }

  public FloorFigures getFloor() {
    return floor;
  }

  /**
   * Whether the viewer is an admin watching everyone (they have no agent session to keep alive).
   */
  public boolean isAll() {
    return DeskPush.ALL.equals(scope);
  }
}
