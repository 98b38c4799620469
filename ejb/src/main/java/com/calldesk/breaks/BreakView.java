package com.calldesk.breaks;

import java.io.Serializable;
import java.time.Instant;

/**
 * A break request as the screens show it.
 *
 * @param place 1 for the first in the team's queue, 0 when not waiting
 * @param endsAt when a meal break is up, or null
 */
public record BreakView(
    Long id,
    String employeeNo,
    String name,
    BreakKind kind,
    BreakRequest.State state,
    Instant requestedAt,
    Instant decidedAt,
    String decidedBy,
    String reason,
    Instant endsAt,
    int place,
    long version)
    implements Serializable {

  static BreakView of(BreakRequest r, String name, int place) {
    return new BreakView(
        r.getId(),
        r.getEmployeeNo(),
        name,
        r.getKind(),
        r.getState(),
        r.getRequestedAt(),
        r.getDecidedAt(),
        r.getDecidedBy(),
        r.getReason(),
        r.getEndsAt(),
        place,
        r.getVersion());
  }

  /**
   * The request as the desk's script receives it (push kind {@code break}), also when the page
   * opens.
   */
  public String json() {
    jakarta.json.JsonObjectBuilder b =
        jakarta.json.Json.createObjectBuilder()
            .add("kind", "break")
            .add("id", id)
            .add("breakKind", kind.name())
            .add("state", state.name())
            .add("place", place);
    if (endsAt != null) {
      b.add("endsAt", endsAt.toEpochMilli());
    }
    if (reason != null) {
      b.add("reason", reason);
    }
    return b.build().toString();
  }

  /** A meal break past its time. */
  public boolean overrun(Instant now) {
    return state == BreakRequest.State.GRANTED && endsAt != null && now.isAfter(endsAt);
  }
}
