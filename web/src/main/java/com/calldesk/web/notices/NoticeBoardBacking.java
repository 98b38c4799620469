package com.calldesk.web.notices;

import com.calldesk.monitor.MonitorRow;
import com.calldesk.monitor.SeatMonitor;
import com.calldesk.notices.Audience;
import com.calldesk.notices.NewNotice;
import com.calldesk.notices.NoticeReader;
import com.calldesk.notices.NoticeView;
import com.calldesk.notices.Notices;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Notices on the seat monitor: write one to everyone, the team or one agent, optionally until a
 * time; see the ones sent with their read receipts, and who read each.
 */
@Named("noticeBoard")
@ViewScoped
public class NoticeBoardBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Notices notices;
  @Inject private SeatMonitor monitor;
  @Inject private Feedback feedback;

  private Audience audience = Audience.TEAM;
  private String agentNo;
  private String body;
  private LocalDateTime expiresAt;
  private List<NoticeView> sent;
  private List<MonitorRow> agents;
  private Long openId;
  private List<NoticeReader> readers = List.of();

  @PostConstruct
  void load() {
    sent = notices.sent();
    agents = monitor.rows();
    if (openId != null) {
      readers = notices.readers(openId);
    }
  }

  public void send() {
    try {
      NoticeView v =
          notices.send(
              new NewNotice(
                  audience,
                  audience == Audience.AGENT ? agentNo : null,
                  body,
                  expiresAt == null ? null : expiresAt.atZone(ZoneId.systemDefault()).toInstant()));
      body = null;
      expiresAt = null;
      feedback.info("notice.sent", v.recipients());
      load();
    } catch (RuntimeException e) {
      feedback.refused(e, "notices", "agent=agentNo");
    }
  }

  /** Shows who read the notice (and who not yet). */
  public void open(Long id) {
    openId = id;
    load();
  }

  public void refresh() {
    load();
  }

  public List<Audience> getAudiences() {
    return List.of(Audience.values());
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public void setAgentNo(String agentNo) {
    this.agentNo = agentNo;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(LocalDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public List<NoticeView> getSent() {
    return sent;
  }

  public List<MonitorRow> getAgents() {
    return agents;
  }

  public Long getOpenId() {
    return openId;
  }

  public List<NoticeReader> getReaders() {
    return readers;
  }
}
