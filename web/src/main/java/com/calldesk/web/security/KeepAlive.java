package com.calldesk.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /agent/keepalive}: the open desk page (and a complaints or rescue page) calls it now and
 * then, so an agent waiting for the next call is not signed out by the idle timeout (an open push
 * stream is one long request, not activity). Behind the agent pages' login, so it never starts a
 * session itself.
 */
@WebServlet("/agent/keepalive")
public class KeepAlive extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(
        request.getSession(false) == null
            ? HttpServletResponse.SC_UNAUTHORIZED
            : HttpServletResponse.SC_NO_CONTENT);
  }
}
