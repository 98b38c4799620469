package com.calldesk.notices;

/** Whom a notice (通知) is for. */
public enum Audience {
  /** Every agent and supervisor. */
  ALL,
  /** The agents of one supervisor's team. */
  TEAM,
  /** One agent. */
  AGENT
}
