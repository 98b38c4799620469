package com.calldesk.security;

/** Skill level of an agent; transfers to an expert route by it. */
public enum AgentLevel {
  /** 普通 */
  NORMAL,
  /** 专业 */
  PROFESSIONAL,
  /** 专家 */
  EXPERT,
  /** 主管 */
  SUPERVISOR
}
