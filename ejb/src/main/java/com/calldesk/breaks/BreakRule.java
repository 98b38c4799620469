package com.calldesk.breaks;

/**
 * Whether a team can spare one more agent: at least {@code minOnlinePercent} of the agents on shift
 * must stay online (not on a break) once the break is granted. With 10 on shift, 70 % lets 3 go at
 * once, 80 % lets 2 (the examples of the center's break rules). Pure arithmetic, in integers.
 */
public final class BreakRule {

  private BreakRule() {}

  /**
   * @param onShift agents of the team logged in (any state but OFFLINE), the asker included
   * @param away of those, on a break now
   * @param minOnlinePercent e.g. 70
   */
  public static boolean allows(int onShift, int away, int minOnlinePercent) {
    if (onShift <= 0) {
      return false;
    }
    int onlineAfter = onShift - away - 1;
    return onlineAfter >= 0 && onlineAfter * 100 >= minOnlinePercent * onShift;
  }
}
