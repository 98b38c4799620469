package com.calldesk.bookings;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a booking (预订) is, and the one place its moves are decided: REQUESTED → CONFIRMED (the
 * supplier confirmed) → PAID → TRAVELLING → COMPLETED → FOLLOWED_UP, or CANCELLED from any state
 * before travel.
 */
public enum BookingState {
  REQUESTED,
  CONFIRMED,
  PAID,
  TRAVELLING,
  COMPLETED,
  FOLLOWED_UP,
  CANCELLED;

  /** What can be done to a booking. */
  public enum Action {
    CONFIRM,
    PAY,
    DEPART,
    COMPLETE,
    FOLLOW_UP,
    CANCEL
  }

  private static final Map<Action, Set<BookingState>> FROM =
      Map.of(
          Action.CONFIRM, EnumSet.of(REQUESTED),
          Action.PAY, EnumSet.of(CONFIRMED),
          Action.DEPART, EnumSet.of(PAID),
          Action.COMPLETE, EnumSet.of(TRAVELLING),
          Action.FOLLOW_UP, EnumSet.of(COMPLETED),
          Action.CANCEL, EnumSet.of(REQUESTED, CONFIRMED, PAID));

  public boolean allows(Action action) {
    return FROM.get(action).contains(this);
  }

  /**
   * @throws IllegalStateException when the action is not allowed from here
   */
  public BookingState next(Action action) {
    if (!allows(action)) {
      throw new IllegalStateException(action + " is not allowed on a booking " + this);
    }
    return switch (action) {
      case CONFIRM -> CONFIRMED;
      case PAY -> PAID;
      case DEPART -> TRAVELLING;
      case COMPLETE -> COMPLETED;
      case FOLLOW_UP -> FOLLOWED_UP;
      case CANCEL -> CANCELLED;
    };
  }
}
