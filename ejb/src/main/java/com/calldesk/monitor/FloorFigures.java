package com.calldesk.monitor;

import java.io.Serializable;

/**
 * The top of the seat monitor: callers waiting now, and today's service level.
 *
 * @param offered calls offered today up to {@code seconds} ago (blacklisted ones not counted)
 * @param inTime of those, answered within {@code seconds}
 * @param seconds the service level's threshold (20 by default)
 */
public record FloorFigures(long waiting, long offered, long inTime, int seconds)
    implements Serializable {

  /** Percent answered in time, rounded down; -1 before the first call of the day. */
  public int serviceLevel() {
    return offered == 0 ? -1 : (int) (inTime * 100 / offered);
  }
}
