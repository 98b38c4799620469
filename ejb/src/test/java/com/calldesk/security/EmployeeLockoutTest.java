package com.calldesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmployeeLockoutTest {

  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(15);

  private final Employee employee =
      new Employee("1001", "Zhang Wei", "hash", AgentLevel.NORMAL, Set.of(Role.AGENT));

  @Test
  void locksOnTheFifthFailureInARow() {
    for (int i = 1; i <= 4; i++) {
      assertFalse(employee.recordFailedLogin(T0, 5, LOCK), "failure " + i + " must not lock");
    }
    assertFalse(employee.isLockedAt(T0));
    assertTrue(employee.recordFailedLogin(T0, 5, LOCK));
    assertTrue(employee.isLockedAt(T0.plusSeconds(1)));
    assertEquals(T0.plus(LOCK), employee.getLockedUntil());
  }

  @Test
  void theLockRunsOut() {
    for (int i = 0; i < 5; i++) {
      employee.recordFailedLogin(T0, 5, LOCK);
    }
    assertTrue(employee.isLockedAt(T0.plus(LOCK).minusSeconds(1)));
    assertFalse(employee.isLockedAt(T0.plus(LOCK)));
  }

  @Test
  void aSuccessfulLoginResetsTheCount() {
    for (int i = 0; i < 4; i++) {
      employee.recordFailedLogin(T0, 5, LOCK);
    }
    employee.recordSuccessfulLogin();
    assertEquals(0, employee.getFailedLogins());
    assertFalse(employee.recordFailedLogin(T0, 5, LOCK), "counting starts again from zero");
  }

  @Test
  void rolesAreReadOnlyFromOutside() {
    assertTrue(employee.hasRole(Role.AGENT));
    assertFalse(employee.hasRole(Role.ADMIN));
    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> employee.getRoles().add(Role.ADMIN));
  }
}
