package io.valueloop.sim;

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

  static void tick(String what, int tick) {
    if (tick < 0) {
      throw new IllegalArgumentException(what + " must be non-negative but was " + tick);
    }
  }

  static void window(int from, int to) {
    tick("event start tick", from);
    if (to <= from) {
      throw new IllegalArgumentException("event end tick must be greater than the start tick " + from
          + " but was " + to);
    }
  }

  static void nonNegativeFinite(String what, double value, String where) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(what + " must be finite and non-negative but was " + value
          + " (" + where + ")");
    }
  }
}
