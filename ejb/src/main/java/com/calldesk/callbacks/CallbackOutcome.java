package com.calldesk.callbacks;

/** What a try at a callback came to. No answer and busy are tried again by themselves. */
public enum CallbackOutcome {
  REACHED,
  NO_ANSWER,
  BUSY,
  WRONG_NUMBER,
  REFUSED,
  /** Not a try: an automatic task withdrawn before it was dialled (its appointment cancelled). */
  WITHDRAWN;

  /** What an agent may record for a try (everything but WITHDRAWN). */
  public static java.util.List<CallbackOutcome> ofTries() {
    return java.util.List.of(REACHED, NO_ANSWER, BUSY, WRONG_NUMBER, REFUSED);
  }

  /** Whether the line never got to the customer, so the task is tried again (within limits). */
  public boolean retries() {
    return this == NO_ANSWER || this == BUSY;
  }
}
