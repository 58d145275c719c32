package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A one-tick-ahead demand forecast method, as used by {@link Policies#orderUpTo(Forecast, double)}: an immutable
 * specification; each rule keeps its own forecast state.
 *
 * <p>With {@code D_t} the demand signal observed at tick {@code t} (step 7) and {@code F_t} the forecast of the
 * demand of one future tick made after observing it:
 *
 * <ul>
 *   <li>moving average over {@code p} ticks: {@code F_t = (D_t + D_{t-1} + ... + D_{t-p+1}) / p};
 *   <li>exponential smoothing with {@code 0 < α <= 1}: {@code F_t = α·D_t + (1 - α)·F_{t-1}}.
 * </ul>
 *
 * <p>Warm-up, without a prior: during the first {@code p - 1} ticks the moving average is the mean of the signals
 * observed so far ({@code F_0 = D_0}, {@code F_1 = (D_0 + D_1) / 2}, ...), and exponential smoothing starts at
 * {@code F_0 = D_0}. Both are thus unbiased from the first tick, and from tick {@code p - 1} on (moving average)
 * the forecast is exactly the textbook one.
 *
 * <p>Immutable and thread-safe, with value-based equality.
 */
public final class Forecast {
  private final int window;
  private final double alpha;

  private Forecast(int window, double alpha) {
    this.window = window;
    this.alpha = alpha;
  }

  /**
   * Returns the moving average over the last {@code window} ticks.
   *
   * @param window the number of ticks averaged, {@code p >= 1}
   * @return the forecast method
   */
  public static Forecast movingAverage(int window) {
    return new Forecast(Preconditions.atLeast("moving-average window", window, 1), Double.NaN);
  }

  /**
   * Returns simple exponential smoothing.
   *
   * @param alpha the smoothing constant, {@code 0 < α <= 1}; the weight of the newest signal
   * @return the forecast method
   */
  public static Forecast exponentialSmoothing(double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("smoothing constant alpha must be in (0, 1] but was " + alpha);
    }
    return new Forecast(0, alpha);
  }

  /** {@return the moving-average window {@code p}, or empty for exponential smoothing} */
  public OptionalInt window() {
    return window > 0 ? OptionalInt.of(window) : OptionalInt.empty();
  }

  /** {@return the smoothing constant {@code α}, or empty for a moving average} */
  public OptionalDouble alpha() {
    return window > 0 ? OptionalDouble.empty() : OptionalDouble.of(alpha);
  }

  /**
   * Returns the number of past one-tick forecast errors the order-up-to policy uses to estimate their standard
   * deviation by default: {@code p} for a moving average, and for exponential smoothing the window of a moving
   * average whose data have the same average age, {@code round(2 / α - 1)} (Brown 1963), at least 1.
   */
  int defaultErrorWindow() {
    return window > 0 ? window : (int) Math.max(1, Math.round(2 / alpha - 1));
  }

  /** Starts the forecast state of one rule. */
  Forecaster start() {
    return new Forecaster(window, alpha);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Forecast f
        && f.window == window
        && Double.compare(f.alpha, alpha) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(window, alpha);
  }

  @Override
  public String toString() {
    return window > 0 ? "MovingAverage{p=" + window + "}" : "ExponentialSmoothing{alpha=" + alpha + "}";
  }
}
