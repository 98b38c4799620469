package com.calldesk.security;

/** Role names as compile-time constants for {@code @RolesAllowed}; {@link Role} is the enum. */
public final class Roles {
  public static final String AGENT = "AGENT";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
