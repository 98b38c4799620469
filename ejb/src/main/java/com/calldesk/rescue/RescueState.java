package com.calldesk.rescue;

/**
 * Where a rescue case is: OPEN (no unit on the way: new, or the last one refused or was
 * unreachable), NOTIFIED (a unit is being dialled), ACKNOWLEDGED (a unit is coming), ARRIVED,
 * COMPLETED (closed).
 */
public enum RescueState {
  OPEN,
  NOTIFIED,
  ACKNOWLEDGED,
  ARRIVED,
  COMPLETED
}
