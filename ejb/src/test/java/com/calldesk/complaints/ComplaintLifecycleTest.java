package com.calldesk.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The complaint state machine, every state against every move, and the due clock's arithmetic with
 * pauses, on the entity itself (the service adds access, versions and fields on top; see the
 * Arquillian tests).
 */
class ComplaintLifecycleTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  /** The legal moves of SPEC §4, written out independently of the enum's table. */
  private static final Map<ComplaintState, Set<ComplaintAction>> LEGAL =
      Map.of(
          ComplaintState.RECEIVED,
              EnumSet.of(ComplaintAction.REJECT, ComplaintAction.ACCEPT, ComplaintAction.HOLD),
          ComplaintState.ACCEPTED, EnumSet.of(ComplaintAction.INVESTIGATE, ComplaintAction.HOLD),
          ComplaintState.INVESTIGATING,
              EnumSet.of(ComplaintAction.PROPOSE_PLAN, ComplaintAction.HOLD),
          ComplaintState.PLAN_PROPOSED,
              EnumSet.of(
                  ComplaintAction.APPROVE_PLAN, ComplaintAction.RETURN_PLAN, ComplaintAction.HOLD),
          ComplaintState.PLAN_APPROVED, EnumSet.of(ComplaintAction.RESOLVE, ComplaintAction.HOLD),
          ComplaintState.RESOLVED, EnumSet.of(ComplaintAction.CLOSE, ComplaintAction.HOLD),
          ComplaintState.WAITING_ON_CUSTOMER, EnumSet.of(ComplaintAction.RESUME),
          ComplaintState.REJECTED, EnumSet.noneOf(ComplaintAction.class),
          ComplaintState.CLOSED, EnumSet.noneOf(ComplaintAction.class));

  private static final Map<ComplaintAction, ComplaintState> TARGET =
      Map.of(
          ComplaintAction.REJECT, ComplaintState.REJECTED,
          ComplaintAction.ACCEPT, ComplaintState.ACCEPTED,
          ComplaintAction.INVESTIGATE, ComplaintState.INVESTIGATING,
          ComplaintAction.PROPOSE_PLAN, ComplaintState.PLAN_PROPOSED,
          ComplaintAction.APPROVE_PLAN, ComplaintState.PLAN_APPROVED,
          ComplaintAction.RETURN_PLAN, ComplaintState.INVESTIGATING,
          ComplaintAction.RESOLVE, ComplaintState.RESOLVED,
          ComplaintAction.CLOSE, ComplaintState.CLOSED,
          ComplaintAction.HOLD, ComplaintState.WAITING_ON_CUSTOMER);

  @Test
  void everyStateAllowsExactlyItsMovesAndEachLeadsWhereSpecified() {
    int checked = 0;
    for (ComplaintState state : ComplaintState.values()) {
      assertEquals(LEGAL.get(state), ComplaintAction.from(state), "moves from " + state);
      for (ComplaintAction action : ComplaintAction.values()) {
        Complaint c = in(state);
        if (LEGAL.get(state).contains(action)) {
          ComplaintState next = c.move(action, "1001", T0.plusSeconds(60));
          ComplaintState expected =
              action == ComplaintAction.RESUME ? ComplaintState.INVESTIGATING : TARGET.get(action);
          assertEquals(expected, next, action + " from " + state);
          assertEquals(expected, c.getState());
        } else {
          assertThrows(
              IllegalStateException.class,
              () -> c.move(action, "1001", T0.plusSeconds(60)),
              action + " from " + state + " must be refused");
          assertEquals(state, c.getState(), "a refused move changes nothing");
        }
        checked++;
      }
    }
    assertEquals(ComplaintState.values().length * ComplaintAction.values().length, checked);
  }

  @Test
  void onlyApprovingAndReturningAPlanAreTheSupervisorsAlone() {
    for (ComplaintAction a : ComplaintAction.values()) {
      assertEquals(
          a == ComplaintAction.APPROVE_PLAN || a == ComplaintAction.RETURN_PLAN,
          a.supervisorOnly(),
          a.name());
    }
  }

  @Test
  void theDueTimeMovesOnByExactlyTheTimeTheCaseWaitedOnTheCustomer() {
    Complaint c = fresh(Duration.ofHours(48));
    Instant due = T0.plus(Duration.ofHours(48));
    assertEquals(due, c.getDueAt());

    c.move(ComplaintAction.ACCEPT, "1001", T0.plusSeconds(600));
    c.move(ComplaintAction.HOLD, "1001", T0.plus(Duration.ofHours(10)));
    assertEquals(T0.plus(Duration.ofHours(10)), c.getPausedSince());
    // While it waits, it is neither due soon nor overdue, however late it is.
    assertFalse(c.overdueAt(T0.plus(Duration.ofHours(100))));
    assertFalse(c.dueSoonAt(due.minusSeconds(1), Duration.ofHours(4)));

    c.move(ComplaintAction.RESUME, "system", T0.plus(Duration.ofHours(13)).plusSeconds(17));
    assertEquals(ComplaintState.ACCEPTED, c.getState(), "back where it was held");
    assertNull(c.getPausedSince());
    Duration waited = Duration.ofHours(3).plusSeconds(17);
    assertEquals(due.plus(waited), c.getDueAt());
    assertEquals(waited.toSeconds(), c.getPausedSeconds());

    // A second hold adds up.
    c.move(ComplaintAction.INVESTIGATE, "1001", T0.plus(Duration.ofHours(14)));
    c.move(ComplaintAction.HOLD, "1001", T0.plus(Duration.ofHours(20)));
    c.move(ComplaintAction.RESUME, "1001", T0.plus(Duration.ofHours(21)).plusSeconds(1));
    assertEquals(due.plus(waited).plus(Duration.ofHours(1).plusSeconds(1)), c.getDueAt());
    assertEquals(waited.toSeconds() + 3601, c.getPausedSeconds());
  }

  @Test
  void dueSoonAndOverdueFlipAtTheirBoundariesAndNotForFinishedCases() {
    Complaint c = fresh(Duration.ofHours(48));
    Instant due = c.getDueAt();
    Duration soon = Duration.ofHours(4);
    assertFalse(c.dueSoonAt(due.minus(soon).minusSeconds(1), soon));
    assertTrue(c.dueSoonAt(due.minus(soon), soon));
    assertTrue(c.dueSoonAt(due, soon));
    assertFalse(c.overdueAt(due), "due at that instant is not yet late");
    assertTrue(c.overdueAt(due.plusSeconds(1)));
    assertFalse(c.dueSoonAt(due.plusSeconds(1), soon), "past due is overdue, not due soon");

    c.move(ComplaintAction.REJECT, "1001", T0.plusSeconds(5));
    assertFalse(c.overdueAt(due.plusSeconds(1)), "a rejected case is finished");
    assertEquals(T0.plusSeconds(5), c.getClosedAt());
  }

  private static Complaint fresh(Duration allowed) {
    return new Complaint(
        "TS00000001",
        1L,
        null,
        ComplaintChannel.PHONE,
        "SERVICE",
        ComplaintTarget.STAFF,
        "agent 1002",
        "rude",
        T0,
        T0.plus(allowed),
        1L,
        "1002",
        T0);
  }

  /** A complaint brought into a state by legal moves (held from INVESTIGATING for the hold). */
  private static Complaint in(ComplaintState state) {
    Complaint c = fresh(Duration.ofHours(72));
    Instant t = T0;
    ComplaintAction[] path =
        switch (state) {
          case RECEIVED -> new ComplaintAction[] {};
          case REJECTED -> new ComplaintAction[] {ComplaintAction.REJECT};
          case ACCEPTED -> new ComplaintAction[] {ComplaintAction.ACCEPT};
          case INVESTIGATING ->
              new ComplaintAction[] {ComplaintAction.ACCEPT, ComplaintAction.INVESTIGATE};
          case PLAN_PROPOSED ->
              new ComplaintAction[] {
                ComplaintAction.ACCEPT, ComplaintAction.INVESTIGATE, ComplaintAction.PROPOSE_PLAN
              };
          case PLAN_APPROVED ->
              new ComplaintAction[] {
                ComplaintAction.ACCEPT,
                ComplaintAction.INVESTIGATE,
                ComplaintAction.PROPOSE_PLAN,
                ComplaintAction.APPROVE_PLAN
              };
          case RESOLVED ->
              new ComplaintAction[] {
                ComplaintAction.ACCEPT,
                ComplaintAction.INVESTIGATE,
                ComplaintAction.PROPOSE_PLAN,
                ComplaintAction.APPROVE_PLAN,
                ComplaintAction.RESOLVE
              };
          case CLOSED ->
              new ComplaintAction[] {
                ComplaintAction.ACCEPT,
                ComplaintAction.INVESTIGATE,
                ComplaintAction.PROPOSE_PLAN,
                ComplaintAction.APPROVE_PLAN,
                ComplaintAction.RESOLVE,
                ComplaintAction.CLOSE
              };
          case WAITING_ON_CUSTOMER ->
              new ComplaintAction[] {
                ComplaintAction.ACCEPT, ComplaintAction.INVESTIGATE, ComplaintAction.HOLD
              };
        };
    for (ComplaintAction a : path) {
      t = t.plusSeconds(1);
      c.move(a, "1001", t);
    }
    assertEquals(state, c.getState());
    return c;
  }
}
