package com.calldesk.shared;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A form the server refuses, with every problem at once: each names its field and a message key, so
 * the page shows them all next to their fields instead of one per attempt.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends BusinessException {
  private static final long serialVersionUID = 1L;

  /** One field's problem. */
  public record Problem(String field, String messageKey) implements java.io.Serializable {}

  private final List<Problem> problems;

  private InvalidInput(List<Problem> problems) {
    super(
        problems.get(0).messageKey(),
        problems.get(0).field(),
        problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Collects problems; {@link #throwIfAny()} refuses the request when there are some. */
  public static final class Check {
    private final List<Problem> found = new ArrayList<>();

    public Check require(boolean ok, String field, String messageKey) {
      if (!ok) {
        found.add(new Problem(field, messageKey));
      }
      return this;
    }

    /** Required text, at most {@code max} characters after trimming. */
    public Check text(String value, boolean required, int max, String field) {
      String v = value == null ? "" : value.strip();
      if (required && v.isEmpty()) {
        found.add(new Problem(field, "input.required"));
      } else if (v.length() > max) {
        found.add(new Problem(field, "input.tooLong"));
      }
      return this;
    }

    public boolean ok(String field) {
      return found.stream().noneMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
      if (!found.isEmpty()) {
        throw new InvalidInput(found);
      }
    }
  }

  /** Trims, and turns blank into null. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }
}
