package com.calldesk.web.security;

import com.calldesk.security.Roles;
import jakarta.servlet.http.HttpServletRequest;

/** The page each role starts on after login. */
public final class Landing {

  public static final String AGENT_DESK = "/agent/desk.xhtml";
  public static final String ADMIN_HOME = "/admin/index.xhtml";

  private Landing() {}

  /**
   * Supervisors start on the agent desk too: they take calls, and the function bar takes them to
   * their console. Admins, who take no calls, start on the admin page.
   */
  public static String pageFor(HttpServletRequest request) {
    if (request.isUserInRole(Roles.AGENT) || request.isUserInRole(Roles.SUPERVISOR)) {
      return AGENT_DESK;
    }
    return ADMIN_HOME;
  }

  /** Takes a seat: agents and supervisors become READY at login, admins have no seat. */
  public static boolean takesSeat(HttpServletRequest request) {
    return request.isUserInRole(Roles.AGENT) || request.isUserInRole(Roles.SUPERVISOR);
  }
}
