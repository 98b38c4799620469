package com.calldesk.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The push stream's address for this HTTP session. The desk opens it with everything it shows; the
 * complaints and rescue pages open it for the news an agent must not miss wherever they are: a
 * rescue unit's answer, an escalated complaint.
 */
@Named("livePush")
@RequestScoped
public class LivePush {

  /** What live.js may say, in the page's language. */
  static final java.util.List<String> TEXTS =
      java.util.List.of(
          "rescue.news.ACKNOWLEDGED",
          "rescue.news.REFUSED",
          "rescue.news.UNREACHABLE",
          "rescue.news.ARRIVED",
          "rescue.news.COMPLETED",
          "complaint.news.OVERDUE",
          "complaint.news.DUE_SOON",
          "callback.news.urgent1",
          "callback.news.urgent2",
          "callback.dial.ANSWERED",
          "callback.dial.NO_ANSWER",
          "callback.dial.BUSY",
          "callback.dial.REDIAL",
          "break.reminder",
          "break.news.REFUSED");

  @Inject private ExternalContext external;
  @Inject private com.calldesk.web.i18n.Messages messages;

  public String getTextsJson() {
    return messages.json(TEXTS);
  }

  /** Address of this session's push stream (relative to the host). */
  public String getPath() {
    return external.getRequestContextPath() + "/push/desk/" + token();
  }

  /**
   * The same stream for a seat monitor page: it also brings the seat changes of the team the caller
   * watches (a supervisor's number, or {@link DeskPush#ALL} for an admin).
   */
  public String monitorPath(String scope) {
    String token = token();
    DeskPush.watch(token, scope);
    return external.getRequestContextPath() + "/push/desk/" + token + "?monitor=1";
  }

  private String token() {
    String employeeNo = external.getRemoteUser();
    Object token = external.getSessionMap().get(AgentDeskBacking.PUSH_TOKEN);
    if (token == null || DeskPush.employeeOf(token.toString()) == null) {
      token = DeskPush.issueToken(employeeNo);
      external.getSessionMap().put(AgentDeskBacking.PUSH_TOKEN, token);
    }
    return token.toString();
  }
}
