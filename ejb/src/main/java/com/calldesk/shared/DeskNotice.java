package com.calldesk.shared;

/**
 * Something an agent's open desk page must show at once: a screen pop, a seat change, a command
 * result, the waiting-queue length. The web tier pushes {@link #json()} over the desk's WebSocket.
 *
 * @param recipient employee id of the one desk to reach, or null for every open desk
 * @param json a JSON object with at least a {@code kind} member
 */
public record DeskNotice(String recipient, String json) {

  public static DeskNotice to(String employeeNo, String json) {
    return new DeskNotice(employeeNo, json);
  }

  public static DeskNotice toEveryone(String json) {
    return new DeskNotice(null, json);
  }
}
