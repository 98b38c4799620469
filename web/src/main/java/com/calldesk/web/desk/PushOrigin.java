package com.calldesk.web.desk;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.logging.Logger;

/**
 * The push stream answers only pages of CallDesk's own site: a request whose {@code Origin} names
 * another site (a script elsewhere opening an {@code EventSource} with the agent's cookies) is
 * refused with 403 before the stream opens. The site is the one the request was addressed to
 * ({@code Host}), so it holds behind a proxy that keeps the Host header. Clients that are not
 * browsers send no Origin and are let through: they still need a push token, which only a signed-in
 * session gets.
 */
@WebFilter(urlPatterns = "/push/*", asyncSupported = true)
public class PushOrigin extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PushOrigin.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (origin != null && !sameSite(origin, request.getHeader("Host"))) {
      LOG.warning(() -> "Refused a push stream to another site: Origin " + origin);
      // Not sendError: the error page is a JSF page, and push requests run without CDI contexts.
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("A push stream is only for CallDesk's own pages.\n");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean sameSite(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI o = new URI(origin);
      if (o.getHost() == null) {
        return false;
      }
      String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
      String bare =
          host.endsWith(":80") || host.endsWith(":443")
              ? host.substring(0, host.lastIndexOf(':'))
              : host;
      return authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(bare);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
