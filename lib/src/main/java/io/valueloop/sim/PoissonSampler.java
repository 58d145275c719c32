package io.valueloop.sim;

import java.util.random.RandomGenerator;

/**
 * Exact Poisson variates. For small means, inversion by sequential search: {@code k} is the least integer with
 * {@code U <= P(X <= k)}, O(λ) per variate. For means of at least 10, Hörmann's transformed rejection with squeeze
 * (PTRS): W. Hörmann (1993), "The transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12, 39–45, algorithm PTRS; about 1.15 pairs of uniforms per variate whatever λ, with
 * the final acceptance test on {@code log P(X = k) = −λ + k·log λ − log k!}.
 *
 * <p>A sampler holds only constants of λ; the generator is passed to each call.
 */
final class PoissonSampler {
  private static final int FACTORIAL_TABLE = 30;
  private static final double[] LOG_FACTORIAL = new double[FACTORIAL_TABLE];

  static {
    for (int k = 1; k < FACTORIAL_TABLE; k++) {
      LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
    }
  }

  private final double mean;
  private final double logMean;
  private final double a;
  private final double b;
  private final double logInverseAlpha;
  private final double squeeze;

  /** Prepares PTRS for a mean of at least 10 (the method's constants are fitted for that range). */
  PoissonSampler(double mean) {
    this.mean = mean;
    this.logMean = Math.log(mean);
    this.b = 0.931 + 2.53 * Math.sqrt(mean);
    this.a = -0.059 + 0.02483 * b;
    this.logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    this.squeeze = 0.9277 - 3.6224 / (b - 2);
  }

  /** Draws one variate by PTRS. */
  double next(RandomGenerator random) {
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= squeeze) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b)
          <= -mean + k * logMean - logFactorial(k)) {
        return k;
      }
    }
  }

  /** Draws one variate by inversion, given {@code p0 = e^{-mean}}; for means below 10. */
  static double inversion(RandomGenerator random, double mean, double p0) {
    double u = random.nextDouble();
    double p = p0;
    double cdf = p;
    int k = 0;
    // p underflows to 0 far in the tail, which ends the search if rounding kept the cdf below u.
    while (u > cdf && p > 0) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }

  /** Returns {@code log k!} for a whole {@code k >= 0}: a table below 30, Stirling's series with four terms above. */
  static double logFactorial(double k) {
    if (k < FACTORIAL_TABLE) {
      return LOG_FACTORIAL[(int) k];
    }
    double x = k + 1;
    double r = 1 / (x * x);
    double series = (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r / 1680))) / x;
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
  }
}
