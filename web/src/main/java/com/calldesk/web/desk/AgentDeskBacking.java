package com.calldesk.web.desk;

import com.calldesk.seats.SeatView;
import com.calldesk.seats.Seats;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The agent main screen (SPEC §2): what the status bar and the other bars show. */
@Named("agentDesk")
@ViewScoped
public class AgentDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  @Inject private Seats seats;
  private SeatView seat;

  @PostConstruct
  void load() {
    seat = seats.mine();
  }

  public SeatView getSeat() {
    return seat;
  }

  /** Login time in the server's zone: the call center and its server share a wall clock. */
  public String getLoginTime() {
    return format(seat.loginAt());
  }

  private static String format(Instant instant) {
    return instant == null ? "—" : TIME.format(instant.atZone(ZoneId.systemDefault()));
  }
}
