package io.valueloop.sim;

import io.valueloop.model.Limits;
import java.util.Objects;

/** Argument checks with messages of the form {@code <what> must be <rule> but was <value> (<where>)}. */
final class Checks {
  private Checks() {}

  static void id(String what, String id) {
    Objects.requireNonNull(id, what);
    if (id.isBlank()) {
      throw new IllegalArgumentException(what + " must be non-blank but was '" + id + "'");
    }
  }

  /** Checks that a count or tick is non-negative and returns it. */
  static long nonNegative(String what, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be non-negative but was " + value);
    }
    return value;
  }

  /** Checks that a count is positive and returns it. */
  static int positive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be positive but was " + value);
    }
    return value;
  }

  static void window(int from, int to) {
    nonNegative("event start tick", from);
    if (to <= from) {
      throw new IllegalArgumentException("event end tick must be greater than the start tick " + from
          + " but was " + to);
    }
  }


  /** Checks that a value is finite and returns it. */
  static double finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite but was " + value);
    }
    return value;
  }

  /** Checks that a value is finite and non-negative and returns it (for values that belong to no actor). */
  static double nonNegativeFinite(String what, double value) {
    return nonNegativeFinite(what, value, "");
  }

  /** Checks that a value is finite and non-negative and returns it; {@code where} names its actor or flow. */
  static double nonNegativeFinite(String what, double value, String where) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(what + " must be finite and non-negative but was " + value
          + (where.isEmpty() ? "" : " (" + where + ")"));
    }
    return value;
  }

  /**
   * Checks that a value is finite, non-negative and at most {@code max} (a bound of {@link
   * io.valueloop.model.Limits}) and returns it; {@code where} names its actor or flow.
   */
  static double nonNegativeAtMost(String what, double value, double max, String where) {
    nonNegativeFinite(what, value, where);
    if (value > max) {
      throw new IllegalArgumentException(what + " must be at most " + (long) max + " but was " + value
          + (where.isEmpty() ? "" : " (" + where + ")"));
    }
    return value;
  }

  /** Checks an amount that belongs to no actor: finite, non-negative and at most {@link Limits#MAX_AMOUNT}. */
  static double amount(String what, double value) {
    return nonNegativeAtMost(what, value, Limits.MAX_AMOUNT, "");
  }

  /** Checks that a value is finite and positive and returns it. */
  static double positive(String what, double value) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(what + " must be finite and positive but was " + value);
    }
    return value;
  }

  /** Checks that a value lies in the closed interval [lo, hi] and returns it. */
  static double inClosed(String what, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "] but was " + value);
    }
    return value;
  }

  /** Checks that an integer is at least {@code min} and returns it. */
  static int atLeast(String what, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  /** Checks, at run time, that a quantity an actor reports is finite; names the actor otherwise. */
  static double finiteState(String what, double value, ActorView actor) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException(
          what + " must be finite but was " + value + " (" + actor.id() + ", tick " + actor.tick() + ")");
    }
    return value;
  }
}
