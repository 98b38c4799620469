package com.calldesk.shared;

import java.util.regex.Pattern;

/**
 * The phones the telephone side dials for the center (rescue units, work areas, technicians, a
 * rescue case's contact): a mainland mobile (11 digits from 13x–19x) or a landline with its area
 * code (0xx-xxxxxxxx), as typed, normalised the same way everywhere.
 */
public final class PhoneNumbers {

  /** A mainland mobile or a landline with its area code. */
  public static final Pattern DIALLABLE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

  private PhoneNumbers() {}

  /** Digits and one dash; spaces, brackets and a +86 prefix are dropped; blank is null. */
  public static String normalise(String raw) {
    String v = InvalidInput.clean(raw);
    if (v == null) {
      return null;
    }
    v = v.replaceAll("[\\s()]", "");
    return v.startsWith("+86") ? v.substring(3) : v;
  }

  public static boolean dialable(String phone) {
    return phone != null && DIALLABLE.matcher(phone).matches();
  }
}
