package com.calldesk.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.calldesk.shared.BusinessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.function.Executable;

/** The business refusal a call ends in, unwrapped from whatever the container put around it. */
final class Refusals {

  private Refusals() {}

  /** The business refusal in an exception's causes, or null if it is something else. */
  static BusinessException in(Throwable thrown) {
    for (Throwable t = thrown; t != null; ) {
      if (t instanceof BusinessException b) {
        return b;
      }
      t =
          t instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : t.getCause();
    }
    return null;
  }

  static <E extends BusinessException> E refusal(Class<E> type, Executable action) {
    Throwable thrown = assertThrows(Throwable.class, action);
    for (Throwable t = thrown; t != null; ) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      t =
          t instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : t.getCause();
    }
    throw new AssertionError("expected a " + type.getSimpleName(), thrown);
  }
}
