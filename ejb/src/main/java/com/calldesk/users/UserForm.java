package com.calldesk.users;

import com.calldesk.security.AgentLevel;
import com.calldesk.security.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * An account as an admin creates or edits it. {@code version} is the one the form was loaded with
 * (0 for a new account): a save over someone else's newer change is refused.
 *
 * @param supervisorNo employee id of the team lead, or null
 * @param departmentCode a department, or null
 */
public record UserForm(
    String employeeNo,
    String fullName,
    Set<Role> roles,
    AgentLevel level,
    String supervisorNo,
    String departmentCode,
    boolean active,
    long version)
    implements Serializable {}
