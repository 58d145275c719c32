package io.valueloop.internal;

import java.util.Objects;

/**
 * The library's one set of argument checks. Every failure message has the form
 * {@code <what> must be <rule> but was <value> (<where>)}, {@code <where>} naming the actor, flow or setting the
 * value belongs to; an empty {@code where} leaves the parenthesis out. Each check returns the value it passed, so
 * that a constructor can check and assign in one line.
 *
 * <p>Stateless; not API (the package is not exported).
 */
public final class Preconditions {
  private Preconditions() {}

  /**
   * Returns the message {@code <what> must be <rule> but was <value> (<where>)}.
   *
   * @param what the parameter or quantity at fault
   * @param rule what it must be
   * @param value the value it had
   * @param where the actor, flow or setting it belongs to; empty or null for none
   * @return the message
   */
  public static String message(String what, String rule, Object value, String where) {
    return what + " must be " + rule + " but was " + value
        + (where == null || where.isEmpty() ? "" : " (" + where + ")");
  }

  /**
   * Throws {@link IllegalArgumentException} with {@link #message} unless a condition holds.
   *
   * @param condition the condition
   * @param what the parameter at fault
   * @param rule what it must be
   * @param value the value it had
   * @param where the actor, flow or setting it belongs to; empty for none
   * @throws IllegalArgumentException if the condition is false
   */
  public static void check(boolean condition, String what, String rule, Object value, String where) {
    if (!condition) {
      throw new IllegalArgumentException(message(what, rule, value, where));
    }
  }

  /**
   * Checks that a text is non-null and non-blank.
   *
   * @param what the parameter, also the message of the {@link NullPointerException}
   * @param value the text
   * @return the text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static String nonBlank(String what, String value) {
    return nonBlank(what, value, "");
  }

  /**
   * Checks that a text is non-null and non-blank.
   *
   * @param what the parameter, also the message of the {@link NullPointerException}
   * @param value the text
   * @param where what it belongs to; empty for none
   * @return the text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static String nonBlank(String what, String value, String where) {
    Objects.requireNonNull(value, what);
    check(!value.isBlank(), what, "non-blank", "'" + value + "'", where);
    return value;
  }

  /**
   * Checks that a count or tick is non-negative.
   *
   * @param what the parameter
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long nonNegative(String what, long value) {
    return nonNegative(what, value, "");
  }

  /**
   * Checks that a count or tick is non-negative.
   *
   * @param what the parameter
   * @param value the value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long nonNegative(String what, long value, String where) {
    check(value >= 0, what, "non-negative", value, where);
    return value;
  }

  /**
   * Checks that an {@code int} count or tick is non-negative.
   *
   * @param what the parameter
   * @param value the value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static int nonNegative(String what, int value, String where) {
    check(value >= 0, what, "non-negative", value, where);
    return value;
  }

  /**
   * Checks that a count is positive.
   *
   * @param what the parameter
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is below 1
   */
  public static int positive(String what, int value) {
    return positive(what, value, "");
  }

  /**
   * Checks that a count is positive.
   *
   * @param what the parameter
   * @param value the value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is below 1
   */
  public static int positive(String what, int value, String where) {
    check(value >= 1, what, "positive", value, where);
    return value;
  }

  /**
   * Checks that a value is finite and positive.
   *
   * @param what the parameter
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is NaN, infinite, zero or negative
   */
  public static double positive(String what, double value) {
    return positive(what, value, "");
  }

  /**
   * Checks that a value is finite and positive.
   *
   * @param what the parameter
   * @param value the value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is NaN, infinite, zero or negative
   */
  public static double positive(String what, double value, String where) {
    check(value > 0 && value != Double.POSITIVE_INFINITY, what, "finite and positive", value, where);
    return value;
  }

  /**
   * Checks that a value is finite.
   *
   * @param what the parameter
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(String what, double value) {
    return finite(what, value, "");
  }

  /**
   * Checks that a value is finite.
   *
   * @param what the parameter
   * @param value the value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(String what, double value, String where) {
    check(Double.isFinite(value), what, "finite", value, where);
    return value;
  }

  /**
   * Checks that a value is finite and non-negative.
   *
   * @param what the parameter
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static double nonNegativeFinite(String what, double value) {
    return nonNegativeFinite(what, value, "");
  }

  /**
   * Checks that a value is finite and non-negative.
   *
   * @param what the parameter
   * @param value the value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static double nonNegativeFinite(String what, double value, String where) {
    check(isNonNegativeFinite(value), what, "finite and non-negative", value, where);
    return value;
  }

  /**
   * Checks that a value is finite, non-negative and at most a bound (such as those of
   * {@link io.valueloop.model.Limits}).
   *
   * @param what the parameter
   * @param value the value
   * @param max the largest value allowed
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is NaN, negative, infinite or above {@code max}
   */
  public static double nonNegativeAtMost(String what, double value, double max, String where) {
    nonNegativeFinite(what, value, where);
    check(value <= max, what, "at most " + format(max), value, where);
    return value;
  }

  /**
   * Returns whether a value is finite and non-negative (the test of {@link #nonNegativeFinite}).
   *
   * @param value the value
   * @return true if the value is in {@code [0, Double.MAX_VALUE]}
   */
  public static boolean isNonNegativeFinite(double value) {
    return value >= 0 && value != Double.POSITIVE_INFINITY;
  }

  /**
   * Checks that a value lies in the closed interval {@code [lo, hi]}.
   *
   * @param what the parameter
   * @param value the value
   * @param lo the least allowed value
   * @param hi the greatest allowed value
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or outside the interval
   */
  public static double inClosed(String what, double value, double lo, double hi) {
    return inClosed(what, value, lo, hi, "");
  }

  /**
   * Checks that a value lies in the closed interval {@code [lo, hi]}.
   *
   * @param what the parameter
   * @param value the value
   * @param lo the least allowed value
   * @param hi the greatest allowed value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or outside the interval
   */
  public static double inClosed(String what, double value, double lo, double hi, String where) {
    check(value >= lo && value <= hi, what, "in [" + format(lo) + ", " + format(hi) + "]", value, where);
    return value;
  }

  /**
   * Checks that a value lies in the open interval {@code (lo, hi)}.
   *
   * @param what the parameter
   * @param value the value
   * @param lo the bound below, excluded
   * @param hi the bound above, excluded
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or outside the interval
   */
  public static double inOpen(String what, double value, double lo, double hi, String where) {
    check(value > lo && value < hi, what, "in (" + format(lo) + ", " + format(hi) + ")", value, where);
    return value;
  }

  /**
   * Checks that an integer is at least {@code min}.
   *
   * @param what the parameter
   * @param value the value
   * @param min the least allowed value
   * @return the value
   * @throws IllegalArgumentException if the value is below {@code min}
   */
  public static int atLeast(String what, int value, int min) {
    return atLeast(what, value, min, "");
  }

  /**
   * Checks that an integer is at least {@code min}.
   *
   * @param what the parameter
   * @param value the value
   * @param min the least allowed value
   * @param where what it belongs to; empty for none
   * @return the value
   * @throws IllegalArgumentException if the value is below {@code min}
   */
  public static int atLeast(String what, int value, int min, String where) {
    check(value >= min, what, "at least " + min, value, where);
    return value;
  }

  /**
   * Checks, at run time, that a computed quantity is finite; for state rather than arguments.
   *
   * @param what the quantity
   * @param value the value
   * @param where the actor (and tick) it belongs to
   * @return the value
   * @throws IllegalStateException if the value is NaN or infinite
   */
  public static double finiteState(String what, double value, String where) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException(message(what, "finite", value, where));
    }
    return value;
  }

  /**
   * Checks, at run time, that a quantity an actor reports at a tick is finite. Builds no message unless the check
   * fails, so that a simulation's tick may call it without allocating.
   *
   * @param what the quantity
   * @param value the value
   * @param actor the actor's id
   * @param tick the tick
   * @return the value
   * @throws IllegalStateException if the value is NaN or infinite, naming the actor and the tick
   */
  public static double finiteState(String what, double value, String actor, int tick) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException(message(what, "finite", value, actor + ", tick " + tick));
    }
    return value;
  }

  /** Writes whole bounds without a fraction: {@code [0, 1]} rather than {@code [0.0, 1.0]}. */
  private static String format(double bound) {
    return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? Long.toString((long) bound) : Double.toString(bound);
  }
}
