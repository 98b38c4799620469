package com.calldesk.seats;

import com.calldesk.shared.ReferenceEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An inbound channel / extension (来话通道) an agent sits at, chosen at login: the switch rings that
 * extension. Codes are the telephone side's own names (e.g. {@code hotline-main}).
 */
@Entity
@Table(name = "cd_channel")
public class Channel extends ReferenceEntry {

  /** What a channel code looks like: the telephone side's names, lower case with dashes. */
  public static final String CODE = "[a-z0-9][a-z0-9-]{0,29}";

  protected Channel() {}

  Channel(String code) {
    super(code);
  }
}
