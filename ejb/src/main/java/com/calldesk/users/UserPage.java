package com.calldesk.users;

import java.io.Serializable;
import java.util.List;

/** One page of the user list, and how many users match in all. */
public record UserPage(List<UserRow> rows, long total) implements Serializable {}
