package com.calldesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * While a session's password must be changed (set by someone else), every page but the password
 * form leads to it: nobody works, takes calls or manages users on a password an admin knows.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeRequired extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session attribute set at login when the password must be changed first. */
  static final String ATTRIBUTE = "calldesk.mustChangePassword";

  static final String PAGE = "/password.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    String path = request.getServletPath();
    if (session != null
        && session.getAttribute(ATTRIBUTE) != null
        && !PAGE.equals(path)
        && !path.startsWith("/jakarta.faces.resource/")
        && !"/login.xhtml".equals(path)) {
      response.sendRedirect(request.getContextPath() + PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
