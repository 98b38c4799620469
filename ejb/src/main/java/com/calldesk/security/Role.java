package com.calldesk.security;

/** What an employee may do (SPEC, "People and roles"). A supervisor also holds {@link #AGENT}. */
public enum Role {
  /** 座席员: answers and places calls. */
  AGENT(Roles.AGENT),
  /** 主管座席: runs a team. */
  SUPERVISOR(Roles.SUPERVISOR),
  /** IT: users, reference data. */
  ADMIN(Roles.ADMIN);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }
}
