package com.calldesk.bookings;

/** What a product is: tickets, rooms, tours. */
public enum ProductKind {
  TICKET,
  ROOM,
  TOUR
}
