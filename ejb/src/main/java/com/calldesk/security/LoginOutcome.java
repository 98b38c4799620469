package com.calldesk.security;

import java.util.Set;

/**
 * What a login attempt came to. Failures carry no reason on purpose: the screen says the same thing
 * for an unknown id, a wrong password and a locked account, so it reveals nothing.
 *
 * @param employeeNo who is now logged in (null on failure)
 * @param roles their role names (empty on failure)
 */
public record LoginOutcome(String employeeNo, Set<String> roles) {

  public static LoginOutcome failed() {
    return new LoginOutcome(null, Set.of());
  }

  public boolean succeeded() {
    return employeeNo != null;
  }
}
