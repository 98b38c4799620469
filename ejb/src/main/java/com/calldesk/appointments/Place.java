package com.calldesk.appointments;

/** Where an appointment happens: at the slot's store, or on site at the customer's address. */
public enum Place {
  STORE,
  ON_SITE
}
