package io.valueloop.sim;

/**
 * The state of one {@link Forecast} in one rule: a ring buffer of the last {@code p} signals for a moving average,
 * or the smoothed level for exponential smoothing. Allocates only when created. Not final: a rule that forecasts
 * extends it, so that its state and the forecast's sit in one object (one memory access per actor and tick).
 */
class Forecaster {
  private final double[] ring;
  private final double alpha;
  private int count;
  private int next;
  private double value;

  Forecaster(int window, double alpha) {
    this.ring = window > 0 ? new double[window] : null;
    this.alpha = alpha;
  }

  /** Returns whether at least one signal has been observed. */
  boolean ready() {
    return count > 0;
  }

  /** Returns the forecast of one future tick; 0 before the first signal. */
  double value() {
    return value;
  }

  /** Adds the signal of the current tick. */
  void observe(double signal) {
    if (ring == null) {
      value = count == 0 ? signal : alpha * signal + (1 - alpha) * value;
      count = 1;
      return;
    }
    ring[next] = signal;
    next = next + 1 == ring.length ? 0 : next + 1;
    if (count < ring.length) {
      count++;
    }
    // Summed afresh each tick rather than kept as a running sum, so that rounding never accumulates.
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += ring[i];
    }
    value = sum / count;
  }
}
