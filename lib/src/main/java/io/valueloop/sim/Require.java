package io.valueloop.sim;

/**
 * Argument checks for the policy and demand specifications, with messages of the form
 * {@code <what> must be <rule> but was <value>}.
 */
final class Require {

  private Require() {}

  /** Checks that a value is finite and returns it. */
  static double finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite but was " + value);
    }
    return value;
  }

  /** Checks that a value is finite and non-negative and returns it. */
  static double nonNegative(String what, double value) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(what + " must be finite and non-negative but was " + value);
    }
    return value;
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
