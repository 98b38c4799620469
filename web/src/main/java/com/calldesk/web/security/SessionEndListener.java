package com.calldesk.web.security;

import com.calldesk.seats.Seats;
import com.calldesk.web.desk.AgentDeskBacking;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A session that ends (logout, an idle timeout after the desk page was closed) takes the agent
 * OFFLINE, and its push socket is closed. A session a second login took over ends without touching
 * the seat: the new session has it now.
 */
@WebListener
public class SessionEndListener implements HttpSessionListener {

  @Inject private Seats seats;
  @Inject private SignedInSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object token = event.getSession().getAttribute(AgentDeskBacking.PUSH_TOKEN);
    AgentDeskBacking.forgetPushToken(token == null ? null : token.toString());
    Object employeeNo = event.getSession().getAttribute(LoginBacking.EMPLOYEE_NO);
    if (employeeNo != null && sessions.ended(employeeNo.toString(), event.getSession())) {
      seats.sessionEnded(employeeNo.toString());
    }
  }
}
