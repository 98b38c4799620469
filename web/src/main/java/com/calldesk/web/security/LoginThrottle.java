package com.calldesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute force from one computer, across many employee ids: after {@code
 * calldesk.login.client-failures} (default 20) failed logins from one client address within {@code
 * calldesk.login.client-window-minutes} (default 10), that client's attempts are refused unread
 * until the window has passed. Refused attempts never reach the accounts, so a stranger guessing
 * cannot keep every agent locked out (the per-account lockout counts only what gets through).
 * Logged once when a client is throttled, with the time it ends (UTC).
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  @Inject
  @ConfigProperty(name = "calldesk.login.client-failures", defaultValue = "20")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "calldesk.login.client-window-minutes", defaultValue = "10")
  int windowMinutes;

  /**
   * Addresses of reverse proxies in front of CallDesk (comma-separated, default none). Behind a
   * proxy every request comes from its address, so one stranger would throttle everyone: a request
   * from a listed proxy is counted against the client address the proxy puts last in {@code
   * X-Forwarded-For}.
   */
  @Inject
  @ConfigProperty(name = "calldesk.login.trusted-proxies", defaultValue = " ")
  String trustedProxies;

  @Inject Clock clock;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> throttledUntil = new ConcurrentHashMap<>();

  /** The client a login request comes from, seen through a trusted proxy. */
  public String clientOf(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank() || trustedProxies == null) {
      return remoteAddress;
    }
    for (String proxy : trustedProxies.split(",")) {
      if (proxy.strip().equals(remoteAddress)) {
        String[] hops = forwardedFor.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return remoteAddress;
  }

  /** Whether this client may try now. */
  public boolean allows(String client) {
    Instant until = throttledUntil.get(client);
    if (until == null) {
      return true;
    }
    if (clock.instant().isBefore(until)) {
      return false;
    }
    throttledUntil.remove(client, until);
    failures.remove(client);
    return true;
  }

  /** A failed login from this client. */
  public void failed(String client) {
    Instant now = clock.instant();
    Duration window = Duration.ofMinutes(windowMinutes);
    Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(now);
      while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
        recent.removeFirst();
      }
      if (recent.size() >= maxFailures && !throttledUntil.containsKey(client)) {
        Instant until = now.plus(window);
        throttledUntil.put(client, until);
        LOG.warning(
            () ->
                "Login throttled for client "
                    + client
                    + " after "
                    + recent.size()
                    + " failed logins within "
                    + windowMinutes
                    + " minutes, until "
                    + until
                    + " (UTC)");
      }
    }
    if (failures.size() > 10_000) {
      // Forget the quietest clients rather than grow without bound under a spray of addresses.
      failures.entrySet().removeIf(e -> e.getValue().isEmpty());
    }
  }
}
