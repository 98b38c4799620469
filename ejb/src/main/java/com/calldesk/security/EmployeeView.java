package com.calldesk.security;

import java.util.Set;

/** An employee as screens may show them: no password hash, no lockout counters. */
public record EmployeeView(String employeeNo, String fullName, AgentLevel level, Set<Role> roles) {

  static EmployeeView of(Employee e) {
    return new EmployeeView(e.getEmployeeNo(), e.getFullName(), e.getLevel(), e.getRoles());
  }
}
