package com.calldesk.web.security;

import com.calldesk.seats.Seats;
import com.calldesk.security.Authentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Logout: the seat goes OFFLINE, the session ends, back to the login page. A POST, never a link.
 */
@Named("logout")
@RequestScoped
public class LogoutBacking {

  @Inject private ExternalContext external;
  @Inject private Seats seats;
  @Inject private Authentication authentication;

  public void submit() throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (Landing.takesSeat(request)) {
      seats.signOut();
    }
    authentication.loggedOut();
    request.logout();
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
  }
}
