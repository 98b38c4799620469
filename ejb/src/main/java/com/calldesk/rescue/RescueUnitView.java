package com.calldesk.rescue;

import java.io.Serializable;

/** A rescue unit as lists and the admin form show it; {@code id} null for a new one. */
public record RescueUnitView(
    Long id, String name, String phone, String serviceArea, boolean active, long version)
    implements Serializable {

  public static RescueUnitView blank() {
    return new RescueUnitView(null, null, null, null, true, 0);
  }
}
