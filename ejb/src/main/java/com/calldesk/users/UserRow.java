package com.calldesk.users;

import com.calldesk.security.AgentLevel;
import com.calldesk.security.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * A line of the user list: who, what they may do, whose team, which department, and whether they
 * can log in now.
 */
public record UserRow(
    String employeeNo,
    String fullName,
    Set<Role> roles,
    AgentLevel level,
    String supervisorNo,
    String supervisorName,
    String departmentCode,
    boolean active,
    boolean locked,
    boolean mustChangePassword)
    implements Serializable {}
