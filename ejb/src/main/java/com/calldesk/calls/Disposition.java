package com.calldesk.calls;

/** How a call ended, as the call log records it. */
public enum Disposition {
  /** Talked to an agent and ended normally. */
  COMPLETED,
  /** The caller hung up before reaching an agent. */
  ABANDONED,
  /** Refused before reaching an agent: the number is blacklisted. */
  REJECTED,
  /** Ended by the agent with a busy tone (闭塞); the number was blacklisted. */
  BLOCKED,
  /** Cut off by the line in the middle of the talk. */
  DROPPED
}
