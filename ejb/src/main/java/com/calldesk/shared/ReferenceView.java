package com.calldesk.shared;

import java.io.Serializable;

/**
 * A reference-list entry as admins see and edit it; {@code version} is the one the form was loaded
 * with, so a save over someone else's newer change is refused.
 */
public record ReferenceView(
    String code, String nameZh, String nameEn, int sortOrder, boolean active, long version)
    implements Serializable {

  /** A blank form for a new entry. */
  public static ReferenceView blank() {
    return new ReferenceView(null, null, null, 0, true, 0);
  }
}
