package com.calldesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Who works here. For now: who the caller is; user management comes with the admin screens. */
@Stateless
public class Staff {

  @Inject private EmployeeRepository employees;
  @Resource private SessionContext context;

  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public EmployeeView me() {
    String name = context.getCallerPrincipal().getName();
    return employees
        .findByEmployeeNo(name)
        .map(EmployeeView::of)
        .orElseThrow(() -> new IllegalStateException("no employee " + name));
  }
}
