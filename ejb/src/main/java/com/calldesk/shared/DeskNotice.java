package com.calldesk.shared;

/**
 * Something an agent's open desk page must show at once: a screen pop, a seat change, a command
 * result, the waiting-queue length. The web tier pushes {@link #json()} over the desk's WebSocket.
 *
 * @param recipient employee id of the one desk to reach, {@link #MONITOR_PREFIX} and a supervisor
 *     for the seat monitors watching that supervisor's team, or null for every open desk
 * @param json a JSON object with at least a {@code kind} member
 */
public record DeskNotice(String recipient, String json) {

  public static DeskNotice to(String employeeNo, String json) {
    return new DeskNotice(employeeNo, json);
  }

  /** Where notices for the seat monitors go: the recipient names the agent's supervisor. */
  public static final String MONITOR_PREFIX = "monitor:";

  /** As the supervisor of {@link #toMonitors}: every open seat monitor. */
  public static final String ALL_TEAMS = "*";

  /**
   * For the seat monitors watching an agent: their supervisor's, and every admin's.
   *
   * @param supervisorNo the agent's supervisor, or null for an agent on no team (admins only)
   */
  public static DeskNotice toMonitors(String supervisorNo, String json) {
    return new DeskNotice(MONITOR_PREFIX + (supervisorNo == null ? "" : supervisorNo), json);
  }

  public static DeskNotice toEveryone(String json) {
    return new DeskNotice(null, json);
  }
}
