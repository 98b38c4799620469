package com.calldesk.complaints;

/**
 * Where a complaint is in its lifecycle (SPEC §4). {@link ComplaintAction} says which moves are
 * legal from each state; nothing else changes the state.
 */
public enum ComplaintState {
  RECEIVED,
  REJECTED,
  ACCEPTED,
  INVESTIGATING,
  PLAN_PROPOSED,
  PLAN_APPROVED,
  RESOLVED,
  CLOSED,
  /** On hold until the customer answers: the due clock is stopped. */
  WAITING_ON_CUSTOMER;

  /** Finished: rejected or closed. Neither due nor escalated any more. */
  public boolean finished() {
    return this == REJECTED || this == CLOSED;
  }
}
