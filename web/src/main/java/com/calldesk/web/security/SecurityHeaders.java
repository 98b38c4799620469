package com.calldesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, pages, resources and error pages alike.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, images, fonts and connections (the push
 *       socket) from CallDesk itself only; no plugins; forms post only to CallDesk; no framing by
 *       other sites. On pages PrimeFaces' CSP mode (web.xml) sends a second policy, {@code
 *       script-src 'self' 'nonce-…'}, and renders every widget script and event handler with that
 *       per-request nonce. A browser enforces both policies, so on pages no inline script runs
 *       without the nonce and nothing is evaluated; this one allows inline scripts only so that it
 *       does not block the nonce'd ones.
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: SAMEORIGIN} (older
 *       browsers), {@code Referrer-Policy: same-origin} (customer numbers in URLs never leave).
 *   <li>{@code Strict-Transport-Security} when the request came over TLS: a browser that once
 *       reached CallDesk securely never falls back to plain HTTP.
 *   <li>{@code Cache-Control: no-store} on pages (not on the static resources): customer data is
 *       never kept in the browser's cache, and the Back button after logout shows no one's card.
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; "
          + "script-src 'self' 'unsafe-inline'; "
          + "style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; "
          + "font-src 'self' data:; "
          + "connect-src 'self'; "
          + "object-src 'none'; "
          + "base-uri 'self'; "
          + "form-action 'self'; "
          + "frame-ancestors 'self'";

  /** One year, the usual HSTS age. */
  private static final String HSTS = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!request.getServletPath().startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
