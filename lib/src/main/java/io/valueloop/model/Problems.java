package io.valueloop.model;

import java.util.ArrayList;
import java.util.List;

/** Collects validation problems, keeping the first {@link #KEPT} and counting the rest. */
final class Problems {
  /**
   * How many problem sentences are kept; the rest are only counted, so a huge broken chain cannot exhaust memory.
   * {@link ChainValidationException#problems()} states this number in its Javadoc.
   */
  static final int KEPT = 10_000;

  private final List<ChainValidationException.Problem> kept = new ArrayList<>();
  private long count;
  private int actor = -1;
  private int flow = -1;

  /**
   * Sets where the problems added next are: the index of the actor or of the flow at fault, or -1 for none. The
   * validator sets it while it checks one actor or one flow and clears it with {@code at(-1, -1)} after.
   */
  void at(int actor, int flow) {
    this.actor = actor;
    this.flow = flow;
  }

  void add(String problem) {
    add("", problem);
  }

  /** Adds {@code <what> must be <rule> but was <value> (<where>)}. */
  void add(String what, String rule, Object value, String where) {
    add(what, what + " must be " + rule + " but was " + value + " (" + where + ")");
  }

  private void add(String what, String message) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(new ChainValidationException.Problem(what, message, actor, flow));
    }
  }

  /** Returns how many problems were added, kept or not. */
  long count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  void throwIfAny() {
    if (count > 0) {
      throw new ChainValidationException(kept, count);
    }
  }

  /** Checks a parameter that must be finite and non-negative. */
  void nonNegativeFinite(String what, double value, String where) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      add(what, "finite and non-negative", value, where);
    }
  }

  /** Checks a parameter that must be non-negative, where positive infinity means unlimited. */
  void nonNegativeOrUnlimited(String what, double value, String where) {
    if (!(value >= 0)) {
      add(what, "non-negative (or infinite for unlimited)", value, where);
    }
  }

  /** Checks an integer parameter that must be non-negative. */
  void nonNegative(String what, int value, String where) {
    if (value < 0) {
      add(what, "non-negative", value, where);
    }
  }
}
