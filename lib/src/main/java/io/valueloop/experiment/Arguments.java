package io.valueloop.experiment;

import java.util.Objects;

/** Argument checks with messages of the form {@code <what> must be <rule> but was <value> (<where>)}. */
final class Arguments {
  private Arguments() {}

  /** Checks that a name is non-null and non-blank and returns it. */
  static String name(String what, String name, String where) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must be non-blank but was '" + name + "' (" + where + ")");
    }
    return name;
  }

  /** Checks that a confidence level lies in the open interval (0, 1) and returns it. */
  static double level(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1) but was " + level + " (confidence interval)");
    }
    return level;
  }

  /** Checks that an integer is at least {@code min} and returns it. */
  static int atLeast(String what, int value, int min, String where) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be at least " + min + " but was " + value + " (" + where
          + ")");
    }
    return value;
  }
}
