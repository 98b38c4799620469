package com.calldesk.web.desk;

import com.calldesk.calls.CallLog;
import com.calldesk.calls.CallSummary;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** My calls: the agent's own call history, filtered by date and caller number. */
@Named("myCalls")
@ViewScoped
public class MyCallsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject private CallLog callLog;
  @Inject private Feedback feedback;

  private LocalDate from = LocalDate.now().minusDays(7);
  private LocalDate until = LocalDate.now();
  private String caller;
  private List<CallSummary> rows = List.of();

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    ZoneId zone = ZoneId.systemDefault();
    Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
    Instant end = until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
    try {
      rows = callLog.myCalls(start, end, caller);
    } catch (RuntimeException e) {
      rows = List.of();
      feedback.refused(e, "calls", "from=from", "caller=caller");
    }
  }

  public String format(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
  }

  public int getMaxRows() {
    return CallLog.MAX_ROWS;
  }

  public List<CallSummary> getRows() {
    return rows;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getCaller() {
    return caller;
  }

  public void setCaller(String caller) {
    this.caller = caller;
  }
}
