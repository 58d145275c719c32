package io.valueloop.model;

/**
 * The single numerical tolerance of ValueLoop. Sums that must equal a value (sourcing shares that add
 * to one, value-capture shares plus costs that add to one, iterative solves that converge) are
 * accepted when they are within this relative tolerance.
 */
public final class Tolerance {
  /** Relative tolerance for sums and convergence: {@value}. */
  public static final double EPSILON = 1e-9;

  private Tolerance() {}

  /**
   * Returns whether {@code actual} equals {@code expected} within {@link #EPSILON}, relative to the
   * larger of one and {@code |expected|}.
   *
   * @param actual the computed value
   * @param expected the value it should have
   * @return true if the two agree within the tolerance
   */
  public static boolean isClose(double actual, double expected) {
    return Math.abs(actual - expected) <= EPSILON * Math.max(1.0, Math.abs(expected));
  }
}
