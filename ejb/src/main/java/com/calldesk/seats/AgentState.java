package com.calldesk.seats;

/** Where an agent is in their working day (SPEC §2, agent status bar). */
public enum AgentState {
  /** 就绪: logged in and free; calls are distributed to them. */
  READY,
  /** On a call. */
  TALKING,
  /** After a call: finishing the records before the next one. */
  WRAP_UP,
  /** Away from the seat with permission. */
  BREAK,
  /** Not logged in. */
  OFFLINE
}
