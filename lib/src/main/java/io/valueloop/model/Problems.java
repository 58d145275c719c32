package io.valueloop.model;

import io.valueloop.internal.Preconditions;
import io.valueloop.internal.ProblemList;

/**
 * Collects validation problems, keeping the first {@link #KEPT} and counting the rest; each problem is phrased by
 * {@link Preconditions#message(String, String, Object, String)}.
 */
final class Problems {
  /**
   * How many problem sentences are kept; the rest are only counted, so a huge broken chain cannot exhaust memory.
   * {@link ChainValidationException#problems()} states this number in its Javadoc.
   */
  static final int KEPT = ProblemList.KEPT;

  private final ProblemList<ChainValidationException.Problem> list = new ProblemList<>();
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
    add(what, Preconditions.message(what, rule, value, where));
  }

  private void add(String what, String message) {
    list.add(new ChainValidationException.Problem(what, message, actor, flow));
  }

  /** Returns how many problems were added, kept or not. */
  long count() {
    return list.count();
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new ChainValidationException(list.kept(), list.count());
    }
  }

  /**
   * Checks an amount: finite and non-negative (as before the bounds, in the same words), and at most
   * {@link Limits#MAX_AMOUNT}.
   */
  void amount(String what, double value, String where) {
    nonNegativeAtMost(what, value, Limits.MAX_AMOUNT, where);
  }

  /** Checks an amount where positive infinity means unlimited. */
  void amountOrUnlimited(String what, double value, String where) {
    if (!(value >= 0)) {
      add(what, "non-negative (or infinite for unlimited)", value, where);
    } else if (value != Double.POSITIVE_INFINITY && value > Limits.MAX_AMOUNT) {
      add(what, "at most " + bound(Limits.MAX_AMOUNT) + " (or infinite for unlimited)", value, where);
    }
  }

  /** Checks a value already known to be finite and non-negative against its largest allowed value. */
  void atMost(String what, double value, double max, String where) {
    if (value > max) {
      add(what, "at most " + bound(max), value, where);
    }
  }

  /** Checks a parameter that must be finite, non-negative and at most {@code max}. */
  void nonNegativeAtMost(String what, double value, double max, String where) {
    if (!Preconditions.isNonNegativeFinite(value)) {
      add(what, "finite and non-negative", value, where);
    } else {
      atMost(what, value, max, where);
    }
  }

  /** Writes a bound that is a power of ten as {@code 1e12}, any other as {@link Double#toString(double)}. */
  private static String bound(double max) {
    int exponent = (int) Math.round(Math.log10(max));
    return Double.parseDouble("1e" + exponent) == max ? "1e" + exponent : Double.toString(max);
  }

  /** Checks an integer parameter that must be non-negative. */
  void nonNegative(String what, int value, String where) {
    if (value < 0) {
      add(what, "non-negative", value, where);
    }
  }
}
