package com.calldesk.users;

import com.calldesk.security.Role;
import java.io.Serializable;

/**
 * What the user list is narrowed to; null means any.
 *
 * @param text part of the employee id or of the name
 * @param supervisorNo members of this supervisor's team
 */
public record UserFilter(
    String text, Role role, String supervisorNo, String departmentCode, Boolean active)
    implements Serializable {

  public static UserFilter everyone() {
    return new UserFilter(null, null, null, null, null);
  }
}
