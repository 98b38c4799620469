package com.calldesk.complaints;

import java.io.Serializable;

/**
 * What a complaint list shows: whose (mine, my team's, all), narrowed by state, category,
 * department, agent and overdue, sorted by one column.
 *
 * @param sort receivedAt, dueAt, complaintNo, state or agentNo; anything else (or null) sorts by
 *     received time
 */
public record ComplaintFilter(
    Scope scope,
    ComplaintState state,
    String categoryCode,
    String departmentCode,
    String agentNo,
    boolean overdueOnly,
    String sort,
    boolean ascending)
    implements Serializable {

  /** Whose complaints. */
  public enum Scope {
    MINE,
    TEAM,
    ALL
  }

  public static ComplaintFilter mine() {
    return new ComplaintFilter(Scope.MINE, null, null, null, null, false, "receivedAt", false);
  }
}
