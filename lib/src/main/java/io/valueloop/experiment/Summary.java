package io.valueloop.experiment;

import java.util.Objects;

/**
 * The summary of a sample of replications: size, mean, sample standard deviation, standard error and a two-sided
 * confidence interval for the mean from Student's t.
 *
 * <p>For a sample {@code x_1..x_n}: {@code mean = Σx/n}, {@code sd = √(Σ(x − mean)²/(n − 1))},
 * {@code se = sd/√n}, and the interval at level {@code γ} is {@code mean ± t((1 + γ)/2, n − 1) · se}, where
 * {@code t(p, ν)} is the {@code p}-quantile of Student's t with {@code ν} degrees of freedom: exact for i.i.d.
 * normal values, and for other i.i.d. values as {@code n} grows (central limit theorem). Replications are i.i.d. by
 * construction (independent random streams per replication, see {@link io.valueloop.sim.RandomStreams}). The mean
 * and the squared deviations are summed in two passes, for accuracy.
 *
 * <p>Reference: Law (2015), Simulation Modeling and Analysis, 5th ed., §4.5 and §9.4.1 (replication/deletion).
 *
 * @param n the number of values, at least 2
 * @param mean the sample mean
 * @param sd the sample standard deviation (denominator {@code n − 1})
 * @param se the standard error of the mean, {@code sd / √n}
 * @param low the lower end of the confidence interval
 * @param high the upper end of the confidence interval
 * @param level the confidence level, in (0, 1)
 */
public record Summary(int n, double mean, double sd, double se, double low, double high, double level) {

  /** Checks that {@code n ≥ 2}, the level lies in (0, 1), every value is finite and {@code low ≤ mean ≤ high}. */
  public Summary {
    Arguments.atLeast("n", n, 2, "summary");
    Arguments.level(level);
    if (!(Double.isFinite(mean) && Double.isFinite(sd) && Double.isFinite(se) && Double.isFinite(low)
        && Double.isFinite(high))) {
      throw new IllegalArgumentException("summary values must be finite but were mean " + mean + ", sd " + sd
          + ", se " + se + ", interval [" + low + ", " + high + "] (summary)");
    }
    if (sd < 0 || se < 0 || !(low <= mean && mean <= high)) {
      throw new IllegalArgumentException("summary must have sd, se >= 0 and low <= mean <= high but was sd " + sd
          + ", se " + se + ", [" + low + ", " + mean + ", " + high + "] (summary)");
    }
  }

  /**
   * Summarises a sample.
   *
   * @param values the values, at least 2, all finite (not modified)
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return the summary
   * @throws IllegalArgumentException if there are fewer than 2 values, a value is not finite, the level is not in
   *     (0, 1), or an end of the interval lies beyond the range of a double (values near {@code ±Double.MAX_VALUE}
   *     of both signs); values near the largest double of one sign are summarised without overflow
   */
  public static Summary of(double[] values, double level) {
    Objects.requireNonNull(values, "values");
    Arguments.atLeast("number of values", values.length, 2, "a confidence interval needs a sample variance");
    Arguments.level(level);
    // Scaled by a power of two near the largest magnitude, so that sums of values near Double.MAX_VALUE do not
    // overflow; the scaling is exact, so ordinary samples give the same bits as without it.
    double largest = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value must be finite but was " + values[i] + " (index " + i + ")");
      }
      largest = Math.max(largest, Math.abs(values[i]));
    }
    int shift = largest > 0x1p500 ? Math.getExponent(largest) + 2 : 0;
    int n = values.length;
    double sum = 0;
    for (double value : values) {
      sum += Math.scalb(value, -shift);
    }
    double scaledMean = sum / n;
    double squares = 0;
    for (double value : values) {
      double deviation = Math.scalb(value, -shift) - scaledMean;
      squares += deviation * deviation;
    }
    double mean = Math.scalb(scaledMean, shift);
    double sd = Math.scalb(Math.sqrt(squares / (n - 1)), shift);
    double se = sd / Math.sqrt(n);
    double half = StudentT.quantile(0.5 * (1 + level), n - 1) * se;
    if (!Double.isFinite(mean - half) || !Double.isFinite(mean + half)) {
      throw new IllegalArgumentException("confidence interval must lie within the range of a double but was mean "
          + mean + " ± " + half + " (summary of " + n + " values)");
    }
    // min/max: rounding may not push an end past the mean when the half width is below its ulp.
    return new Summary(n, mean, sd, se, Math.min(mean, mean - half), Math.max(mean, mean + half), level);
  }

  /** Returns the half width of the confidence interval, {@code (high − low) / 2}. */
  public double halfWidth() {
    return 0.5 * (high - low);
  }

  /**
   * Returns whether the confidence interval contains a value (ends included); for a paired difference, whether it
   * contains 0 says whether the difference is not significant at this level.
   *
   * @param value the value
   * @return {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }
}
