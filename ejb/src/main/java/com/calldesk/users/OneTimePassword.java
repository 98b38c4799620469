package com.calldesk.users;

import java.io.Serializable;

/**
 * A password CallDesk made up for an account (a new one, a reset): shown once to the admin, who
 * passes it on; the employee must replace it at their first login. It is stored only as a hash.
 */
public record OneTimePassword(String employeeNo, String password) implements Serializable {}
