package com.calldesk.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calldesk.bookings.BookingState.Action;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every move of a booking, legal and illegal, from every state. */
class BookingStateTest {

  @Test
  void everyActionFromEveryStateLeadsWhereTheLifecycleSaysOrIsRefused() {
    Map<BookingState, Map<Action, BookingState>> legal = new EnumMap<>(BookingState.class);
    for (BookingState s : BookingState.values()) {
      legal.put(s, new EnumMap<>(Action.class));
    }
    legal.get(BookingState.REQUESTED).put(Action.CONFIRM, BookingState.CONFIRMED);
    legal.get(BookingState.CONFIRMED).put(Action.PAY, BookingState.PAID);
    legal.get(BookingState.PAID).put(Action.DEPART, BookingState.TRAVELLING);
    legal.get(BookingState.TRAVELLING).put(Action.COMPLETE, BookingState.COMPLETED);
    legal.get(BookingState.COMPLETED).put(Action.FOLLOW_UP, BookingState.FOLLOWED_UP);
    for (BookingState s :
        new BookingState[] {BookingState.REQUESTED, BookingState.CONFIRMED, BookingState.PAID}) {
      legal.get(s).put(Action.CANCEL, BookingState.CANCELLED);
    }
    int allowed = 0;
    for (BookingState from : BookingState.values()) {
      for (Action a : Action.values()) {
        BookingState to = legal.get(from).get(a);
        if (to == null) {
          assertFalse(from.allows(a), from + " " + a);
          assertThrows(IllegalStateException.class, () -> from.next(a), from + " " + a);
        } else {
          assertTrue(from.allows(a), from + " " + a);
          assertEquals(to, from.next(a), from + " " + a);
          allowed++;
        }
      }
    }
    assertEquals(8, allowed);
    assertFalse(BookingState.TRAVELLING.allows(Action.CANCEL), "not once travelling");
  }
}
