package com.calldesk.survey;

/** How a survey question is answered. */
public enum AnswerType {
  TEXT,
  CHOICE,
  NUMBER,
  DATE
}
