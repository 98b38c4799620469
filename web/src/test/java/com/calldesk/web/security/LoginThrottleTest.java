package com.calldesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-02T08:00:00Z");

  private LoginThrottle throttle() {
    LoginThrottle t = new LoginThrottle();
    t.maxFailures = 3;
    t.windowMinutes = 10;
    t.clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    return t;
  }

  @Test
  void aClientFailingTooOftenIsRefusedUntilTheWindowHasPassed() {
    LoginThrottle t = throttle();
    t.failed("10.0.0.9");
    t.failed("10.0.0.9");
    assertTrue(t.allows("10.0.0.9"), "two failures: still allowed");

    t.failed("10.0.0.9");

    assertFalse(t.allows("10.0.0.9"), "the third within ten minutes throttles the client");
    assertTrue(t.allows("10.0.0.7"), "other clients are not affected");
    now = now.plus(Duration.ofMinutes(9));
    assertFalse(t.allows("10.0.0.9"));
    now = now.plus(Duration.ofMinutes(2));
    assertTrue(t.allows("10.0.0.9"), "the window has passed");
  }

  @Test
  void behindATrustedProxyTheForwardedClientCountsAndNobodyElseCanClaimOne() {
    LoginThrottle t = throttle();
    t.trustedProxies = "10.0.0.1, 10.0.0.2";

    assertEquals("203.0.113.7", t.clientOf("10.0.0.1", "198.51.100.1, 203.0.113.7"));
    assertEquals("10.0.0.9", t.clientOf("10.0.0.9", "203.0.113.7"), "not a proxy: its own address");
    assertEquals("10.0.0.2", t.clientOf("10.0.0.2", null));
  }

  @Test
  void failuresOutsideTheWindowDoNotCount() {
    LoginThrottle t = throttle();
    t.failed("10.0.0.9");
    t.failed("10.0.0.9");
    now = now.plus(Duration.ofMinutes(11));
    t.failed("10.0.0.9");
    assertTrue(t.allows("10.0.0.9"), "only one failure in the last ten minutes");
  }
}
