package io.valueloop.sim;

import java.util.random.RandomGenerator;

/**
 * Exact Binomial(n, p) draws by the waiting-time method: the gaps between successes of Bernoulli trials are
 * geometric, so the number of successes among {@code n} trials is the number of geometric gaps that fit in
 * {@code n} (Devroye 1986, "Non-Uniform Random Variate Generation", X.4). It costs about {@code min(p, 1 − p)·n + 1}
 * uniform draws, which suits the small per-tick counts of role dynamics; for {@code p > 1/2} it counts failures.
 */
final class Binomial {
  private Binomial() {
  }

  /**
   * Draws from Binomial(n, p).
   *
   * @param random the stream
   * @param n the number of trials, non-negative
   * @param p the success probability, in {@code [0, 1]}
   * @return the number of successes, in {@code [0, n]}
   */
  static long draw(RandomGenerator random, long n, double p) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (p > 0.5) {
      return n - draw(random, n, 1 - p);
    }
    double logQ = Math.log1p(-p);
    long successes = 0;
    long position = 0;
    while (true) {
      double u = 1 - random.nextDouble();
      double gap = Math.floor(Math.log(u) / logQ);
      if (gap >= n - position) {
        return successes;
      }
      position += (long) gap + 1;
      successes++;
      if (position >= n) {
        return successes;
      }
    }
  }

  /**
   * Draws from Binomial(n, p) for an int count.
   *
   * @param random the stream
   * @param n the number of trials, non-negative
   * @param p the success probability, in {@code [0, 1]}
   * @return the number of successes, in {@code [0, n]}
   */
  static int draw(RandomGenerator random, int n, double p) {
    return (int) draw(random, (long) n, p);
  }
}
