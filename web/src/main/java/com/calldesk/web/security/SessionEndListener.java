package com.calldesk.web.security;

import com.calldesk.seats.Seats;
import com.calldesk.web.desk.AgentDeskBacking;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** A session that times out (idle agent, closed browser) takes the agent OFFLINE. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

  @Inject private Seats seats;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object token = event.getSession().getAttribute(AgentDeskBacking.PUSH_TOKEN);
    AgentDeskBacking.forgetPushToken(token == null ? null : token.toString());
    Object employeeNo = event.getSession().getAttribute(LoginBacking.EMPLOYEE_NO);
    if (employeeNo != null) {
      seats.sessionEnded(employeeNo.toString());
    }
  }
}
