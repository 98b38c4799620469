package com.calldesk.workorders;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a work order (表单) is. The one place its moves are decided: {@link #next} says where an
 * action leads from here, or that it is not allowed.
 *
 * <pre>
 * TO_DISPATCH --dispatch--> DISPATCHED --process--> IN_PROGRESS --complete--> COMPLETED --audit--> AUDITED
 *                            |  ^                     |
 *                            |  +------redispatch-----+-- SENT_BACK (反单, misdispatched) <--send back--+
 *                            +--complete--> COMPLETED
 * any state before COMPLETED --cancel--> CANCELLED
 * </pre>
 */
public enum WorkOrderState {
  TO_DISPATCH,
  DISPATCHED,
  IN_PROGRESS,
  SENT_BACK,
  COMPLETED,
  AUDITED,
  CANCELLED;

  /** What can be done to a work order. */
  public enum Action {
    DISPATCH,
    PROCESS,
    SEND_BACK,
    COMPLETE,
    AUDIT,
    CANCEL
  }

  private static final Map<Action, Set<WorkOrderState>> FROM =
      Map.of(
          Action.DISPATCH, EnumSet.of(TO_DISPATCH, SENT_BACK),
          Action.PROCESS, EnumSet.of(DISPATCHED, IN_PROGRESS),
          Action.SEND_BACK, EnumSet.of(DISPATCHED, IN_PROGRESS),
          Action.COMPLETE, EnumSet.of(DISPATCHED, IN_PROGRESS),
          Action.AUDIT, EnumSet.of(COMPLETED),
          Action.CANCEL, EnumSet.of(TO_DISPATCH, DISPATCHED, IN_PROGRESS, SENT_BACK));

  /**
   * @return the state the action leads to from this one
   * @throws IllegalStateException when the action is not allowed here
   */
  public WorkOrderState next(Action action) {
    if (!allows(action)) {
      throw new IllegalStateException(action + " is not allowed on a work order " + this);
    }
    return switch (action) {
      case DISPATCH -> DISPATCHED;
      case PROCESS -> IN_PROGRESS;
      case SEND_BACK -> SENT_BACK;
      case COMPLETE -> COMPLETED;
      case AUDIT -> AUDITED;
      case CANCEL -> CANCELLED;
    };
  }

  public boolean allows(Action action) {
    return FROM.get(action).contains(this);
  }

  /** Still on an active list (not audited, not cancelled). */
  public boolean active() {
    return this != AUDITED && this != CANCELLED;
  }
}
