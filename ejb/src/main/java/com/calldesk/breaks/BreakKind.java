package com.calldesk.breaks;

/** The kinds of break (日常离席) an agent asks for. */
public enum BreakKind {
  /** 吃饭离席: 30 minutes; at least 70 % of the team stays online. */
  MEAL,
  /** 入厕离席: at least 80 % of the team stays online. */
  RESTROOM,
  /** 其它离席 (a talk with the supervisor, fetching water): as a restroom break. */
  OTHER
}
