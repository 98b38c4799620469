package com.calldesk.complaints;

import java.util.EnumSet;
import java.util.Set;

/**
 * A move of a complaint from one state to the next: the state machine of SPEC §4 in one table.
 * {@link #from} lists where it may start; {@link #to} is where it ends ({@code null} for {@link
 * #RESUME}, which returns to the state the case was held in).
 */
public enum ComplaintAction {
  /** Judged unfounded: the explanation given to the customer is kept. */
  REJECT(EnumSet.of(ComplaintState.RECEIVED), ComplaintState.REJECTED, false),
  /** Judged founded: a department is made responsible. */
  ACCEPT(EnumSet.of(ComplaintState.RECEIVED), ComplaintState.ACCEPTED, false),
  /** The investigation starts: cause and responsible person. */
  INVESTIGATE(EnumSet.of(ComplaintState.ACCEPTED), ComplaintState.INVESTIGATING, false),
  PROPOSE_PLAN(EnumSet.of(ComplaintState.INVESTIGATING), ComplaintState.PLAN_PROPOSED, false),
  /** A supervisor approves the plan. */
  APPROVE_PLAN(EnumSet.of(ComplaintState.PLAN_PROPOSED), ComplaintState.PLAN_APPROVED, true),
  /** A supervisor sends the plan back, with a reason: investigate again. */
  RETURN_PLAN(EnumSet.of(ComplaintState.PLAN_PROPOSED), ComplaintState.INVESTIGATING, true),
  /** The plan was carried out. */
  RESOLVE(EnumSet.of(ComplaintState.PLAN_APPROVED), ComplaintState.RESOLVED, false),
  /** The customer's reply (feedback, satisfaction 1–5) is recorded and the case closed. */
  CLOSE(EnumSet.of(ComplaintState.RESOLVED), ComplaintState.CLOSED, false),
  /** Waits on the customer; the due clock stops. */
  HOLD(
      EnumSet.of(
          ComplaintState.RECEIVED,
          ComplaintState.ACCEPTED,
          ComplaintState.INVESTIGATING,
          ComplaintState.PLAN_PROPOSED,
          ComplaintState.PLAN_APPROVED,
          ComplaintState.RESOLVED),
      ComplaintState.WAITING_ON_CUSTOMER,
      false),
  /** The customer answered (or called again): back where it was, the due time moved on. */
  RESUME(EnumSet.of(ComplaintState.WAITING_ON_CUSTOMER), null, false);

  private final Set<ComplaintState> from;
  private final ComplaintState to;
  private final boolean supervisorOnly;

  ComplaintAction(Set<ComplaintState> from, ComplaintState to, boolean supervisorOnly) {
    this.from = from;
    this.to = to;
    this.supervisorOnly = supervisorOnly;
  }

  public boolean allowedFrom(ComplaintState state) {
    return from.contains(state);
  }

  /** The state after this move; for RESUME the state the case was held in. */
  public ComplaintState to(ComplaintState heldFrom) {
    return this == RESUME ? heldFrom : to;
  }

  /** Only a supervisor may make this move (approving or returning a plan). */
  public boolean supervisorOnly() {
    return supervisorOnly;
  }

  /** The moves one may make from a state. */
  public static Set<ComplaintAction> from(ComplaintState state) {
    Set<ComplaintAction> moves = EnumSet.noneOf(ComplaintAction.class);
    for (ComplaintAction a : values()) {
      if (a.allowedFrom(state)) {
        moves.add(a);
      }
    }
    return moves;
  }
}
