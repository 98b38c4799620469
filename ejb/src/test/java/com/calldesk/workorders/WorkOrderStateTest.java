package com.calldesk.workorders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calldesk.workorders.WorkOrderState.Action;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every move of a work order, legal and illegal, from every state. */
class WorkOrderStateTest {

  /** The whole table: what each action leads to from each state; missing means refused. */
  private static final Map<WorkOrderState, Map<Action, WorkOrderState>> LEGAL =
      new EnumMap<>(WorkOrderState.class);

  static {
    for (WorkOrderState s : WorkOrderState.values()) {
      LEGAL.put(s, new EnumMap<>(Action.class));
    }
    LEGAL.get(WorkOrderState.TO_DISPATCH).put(Action.DISPATCH, WorkOrderState.DISPATCHED);
    LEGAL.get(WorkOrderState.TO_DISPATCH).put(Action.CANCEL, WorkOrderState.CANCELLED);
    LEGAL.get(WorkOrderState.DISPATCHED).put(Action.PROCESS, WorkOrderState.IN_PROGRESS);
    LEGAL.get(WorkOrderState.DISPATCHED).put(Action.SEND_BACK, WorkOrderState.SENT_BACK);
    LEGAL.get(WorkOrderState.DISPATCHED).put(Action.COMPLETE, WorkOrderState.COMPLETED);
    LEGAL.get(WorkOrderState.DISPATCHED).put(Action.CANCEL, WorkOrderState.CANCELLED);
    LEGAL.get(WorkOrderState.IN_PROGRESS).put(Action.PROCESS, WorkOrderState.IN_PROGRESS);
    LEGAL.get(WorkOrderState.IN_PROGRESS).put(Action.SEND_BACK, WorkOrderState.SENT_BACK);
    LEGAL.get(WorkOrderState.IN_PROGRESS).put(Action.COMPLETE, WorkOrderState.COMPLETED);
    LEGAL.get(WorkOrderState.IN_PROGRESS).put(Action.CANCEL, WorkOrderState.CANCELLED);
    LEGAL.get(WorkOrderState.SENT_BACK).put(Action.DISPATCH, WorkOrderState.DISPATCHED);
    LEGAL.get(WorkOrderState.SENT_BACK).put(Action.CANCEL, WorkOrderState.CANCELLED);
    LEGAL.get(WorkOrderState.COMPLETED).put(Action.AUDIT, WorkOrderState.AUDITED);
  }

  @Test
  void everyActionFromEveryStateLeadsWhereTheTableSaysOrIsRefused() {
    int legal = 0;
    for (WorkOrderState from : WorkOrderState.values()) {
      for (Action action : Action.values()) {
        WorkOrderState to = LEGAL.get(from).get(action);
        if (to == null) {
          assertFalse(from.allows(action), from + " " + action);
          assertThrows(IllegalStateException.class, () -> from.next(action), from + " " + action);
        } else {
          assertTrue(from.allows(action), from + " " + action);
          assertEquals(to, from.next(action), from + " " + action);
          legal++;
        }
      }
    }
    assertEquals(13, legal);
  }

  @Test
  void auditedAndCancelledOrdersLeaveTheActiveListsAndNothingMovesThem() {
    for (WorkOrderState s : WorkOrderState.values()) {
      boolean finished = s == WorkOrderState.AUDITED || s == WorkOrderState.CANCELLED;
      assertEquals(!finished, s.active(), s.name());
      if (finished) {
        for (Action a : Action.values()) {
          assertFalse(s.allows(a), s + " " + a);
        }
      }
    }
  }
}
