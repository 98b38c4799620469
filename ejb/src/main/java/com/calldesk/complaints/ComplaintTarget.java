package com.calldesk.complaints;

/** What a complaint is about: a staff member, a product or a service. */
public enum ComplaintTarget {
  STAFF,
  PRODUCT,
  SERVICE
}
