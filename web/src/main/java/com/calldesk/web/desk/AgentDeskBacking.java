package com.calldesk.web.desk;

import com.calldesk.calls.CallLog;
import com.calldesk.calls.CallSettings;
import com.calldesk.seats.Channels;
import com.calldesk.seats.SeatBoard;
import com.calldesk.seats.SeatView;
import com.calldesk.seats.Seats;
import com.calldesk.web.Feedback;
import com.calldesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The agent main screen (SPEC §2): the status bar, the push channel that makes it live, the call on
 * the agent's line when the page is (re)loaded, and the agent's own state changes.
 */
@Named("agentDesk")
@ViewScoped
public class AgentDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** HTTP-session attribute holding the desk's push token. */
  public static final String PUSH_TOKEN = "calldesk.pushToken";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private static final List<String> SCRIPT_TEXTS =
      List.of(
          "state.READY",
          "state.TALKING",
          "state.WRAP_UP",
          "state.BREAK",
          "state.OFFLINE",
          "calls.status.RINGING",
          "calls.status.TALKING",
          "calls.status.ENDED",
          "calls.disposition.COMPLETED",
          "calls.disposition.ABANDONED",
          "calls.disposition.REJECTED",
          "calls.disposition.BLOCKED",
          "calls.disposition.DROPPED",
          "calls.disposition.TRANSFERRED",
          "calls.newCustomer",
          "calls.knownCustomer",
          "calls.noRecentCalls",
          "calls.overrun",
          "calls.muted",
          "calls.result.DONE",
          "calls.result.FAILED",
          "calls.type.call.transfer",
          "calls.type.call.three-way",
          "calls.type.call.block",
          "calls.type.call.mute",
          "calls.pushLost",
          "break.kind.MEAL",
          "break.kind.RESTROOM",
          "break.kind.OTHER",
          "break.waiting",
          "break.on",
          "break.until");

  @Inject private Seats seats;
  @Inject private CallLog callLog;
  @Inject private CallSettings settings;
  @Inject private ExternalContext external;
  @Inject private Feedback feedback;
  @Inject private Messages messages;
  @Inject private Channels channels;
  @Inject private LivePush livePush;

  private SeatView seat;
  private String currentCard;
  private long waiting;

  @PostConstruct
  void load() {
    seat = seats.mine();
    currentCard =
        seat.currentCallId() == null
            ? null
            : callLog.currentCard(seat.currentCallId()).orElse(null);
    waiting = callLog.waiting();
  }

  public SeatView getSeat() {
    return seat;
  }

  /** Login time in the server's zone: the call center and its server share a wall clock. */
  /** The inbound channel / extension the agent sits at, in the page's language ("—" for none). */
  public String getChannelName() {
    String code = seat.channelCode();
    if (code == null) {
      return "—";
    }
    java.util.Locale locale =
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return channels.choices().stream()
        .filter(c -> c.code().equals(code))
        .map(c -> c.name(locale))
        .findFirst()
        .orElse(code);
  }

  public String getLoginTime() {
    return format(seat.loginAt());
  }

  /** Address of this session's push stream (relative to the host). */
  public String getPushPath() {
    return livePush.getPath();
  }

  public static void forgetPushToken(String token) {
    DeskPush.forgetToken(token);
  }

  /** The status bar as the push channel would send it, so the page starts from the same shape. */
  public String getSeatJson() {
    return SeatBoard.seatJson(seat);
  }

  /** The card of the call on the agent's line, or empty: a reload during a call keeps the card. */
  public String getCurrentCardJson() {
    return currentCard == null ? "" : currentCard;
  }

  public long getWaiting() {
    return waiting;
  }

  /** The texts the page's script shows, in the page's language. */
  public String getTextsJson() {
    return messages.json(SCRIPT_TEXTS);
  }

  public int getTalkLimitSeconds() {
    return settings.talkLimitSeconds();
  }

  public void finishWrapUp() {
    change(() -> seat = seats.finishWrapUp());
  }

  private void change(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      feedback.refused(e, "desk");
      seat = seats.mine();
    }
  }

  private static String format(Instant instant) {
    return instant == null ? "—" : TIME.format(instant.atZone(ZoneId.systemDefault()));
  }
}
