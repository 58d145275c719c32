package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Limits;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The built-in {@link DemandProcess demand processes}: constant, step, uniform, normal, truncated normal, Poisson,
 * AR(1), seasonal and replay of a recorded series. Each factory returns an immutable, thread-safe specification with
 * value-based equality; each stream it starts draws only from the {@link RandomGenerator} it is given, so the same
 * generator seed gives the same demands. Demands are finite and non-negative, in units per tick, and every amount a
 * factory takes (mean, level, standard deviation) is at most {@link Limits#MAX_AMOUNT}, as a chain's are; each draw
 * costs O(1) (Poisson: O(λ) below λ = 10, O(1) expected above) and allocates nothing.
 */
public final class DemandProcesses {

  /** Below this mean, Poisson variates are drawn by inversion; from it on, by transformed rejection. */
  static final double POISSON_INVERSION_LIMIT = 10;

  private DemandProcesses() {}

  /**
   * Returns the same demand every tick.
   *
   * @param mean the demand per tick, finite and non-negative
   * @return the process
   */
  public static DemandProcess constant(double mean) {
    return new Step(amount("constant demand", mean), mean, 0);
  }

  /**
   * Returns a step: {@code before} for ticks {@code t < atTick}, {@code after} from tick {@code atTick} on (the
   * beer game's demand is {@code step(4, 8, 4)}: 4 in weeks 1 to 4, 8 from week 5, ticks counted from 0).
   *
   * @param before the demand before the step, finite and non-negative
   * @param after the demand from the step on, finite and non-negative
   * @param atTick the first tick with the new demand, non-negative
   * @return the process
   */
  public static DemandProcess step(double before, double after, int atTick) {
    return new Step(
        amount("demand before the step", before),
        amount("demand after the step", after),
        Preconditions.atLeast("step tick", atTick, 0));
  }

  /**
   * Returns i.i.d. demand uniform on {@code [min, max)}: each tick {@code min + (max − min)·U} with {@code U} the
   * generator's {@link RandomGenerator#nextDouble() nextDouble()}, so its mean is {@code (min + max)/2} and its
   * variance {@code (max − min)²/12}; {@code min = max} gives {@code min} every tick. A run draws it bit for bit as
   * the lambda {@code random -> tick -> min + (max - min) * random.nextDouble()} would, but with no stream or
   * generator object per segment: a run holds the generators' states in flat arrays.
   *
   * @param min the smallest demand, finite and non-negative
   * @param max the bound above the demands, finite, non-negative and at least {@code min}
   * @return the process
   */
  public static DemandProcess uniform(double min, double max) {
    amount("uniform min", min);
    amount("uniform max", max);
    if (!(min <= max)) {
      throw new IllegalArgumentException("uniform min must be at most the max (" + max + ") but was " + min);
    }
    return new Uniform(min, max);
  }

  /**
   * Returns i.i.d. normal demand {@code max(0, X)} with {@code X ~ N(μ, σ²)}: negative draws are cut to zero
   * (censored), since demand cannot be negative. The censoring raises the mean by {@code σ·(φ(k) − k·(1 − Φ(k)))}
   * with {@code k = μ/σ}: less than {@code 0.0004·σ} for {@code μ >= 3σ}, so for such parameters the moments are
   * those of {@code N(μ, σ²)} for all practical purposes (the textbook bullwhip identities assume them).
   *
   * @param mean the mean {@code μ}, finite and non-negative
   * @param sd the standard deviation {@code σ}, finite and non-negative
   * @return the process
   */
  public static DemandProcess normal(double mean, double sd) {
    return new Normal(amount("normal mean", mean), amount("normal sd", sd), false);
  }

  /**
   * Returns i.i.d. normal demand truncated at zero: {@code X ~ N(μ, σ²)} conditioned on {@code X >= 0}, drawn by
   * rejection (at most two draws expected, as {@code μ >= 0}). Its mean is {@code μ + σ·φ(k)/Φ(k)}, {@code k = μ/σ}.
   *
   * @param mean the location {@code μ}, finite and non-negative
   * @param sd the scale {@code σ}, finite and non-negative
   * @return the process
   */
  public static DemandProcess truncatedNormal(double mean, double sd) {
    return new Normal(
        amount("truncated normal mean", mean), amount("truncated normal sd", sd), true);
  }

  /**
   * Returns i.i.d. Poisson demand with mean {@code λ} (integer units). Exact: for {@code λ < 10} by inversion
   * (sequential search from {@code P(0) = e^{-λ}}); from {@code λ = 10} on by Hörmann's transformed rejection with
   * squeeze, PTRS (W. Hörmann 1993, "The transformed rejection method for generating Poisson random variables",
   * Insurance: Mathematics and Economics 12), which needs O(1) uniforms on average for any {@code λ}.
   *
   * @param mean the mean {@code λ}, finite and non-negative (0 gives zero demand)
   * @return the process
   */
  public static DemandProcess poisson(double mean) {
    amount("Poisson mean", mean);
    if (mean > 1e15) {
      throw new IllegalArgumentException("Poisson mean must be at most 1e15 but was " + mean);
    }
    return new Poisson(mean);
  }

  /**
   * Returns first-order autoregressive demand {@code D_t = μ + ρ·(D_{t-1} − μ) + ε_t}, {@code ε_t ~ N(0, σ²)}
   * i.i.d., started in stationarity ({@code D_0 ~ N(μ, σ²/(1 − ρ²))}), so its variance is {@code σ²/(1 − ρ²)} and
   * its lag-k correlation {@code ρ^k} from the first tick. The recursion runs on the uncensored values; what is
   * returned is {@code max(0, D_t)}, which leaves the moments practically intact for
   * {@code μ >= 3σ/√(1 − ρ²)}.
   *
   * @param mean the mean {@code μ}, finite and non-negative
   * @param rho the autocorrelation {@code ρ}, in (−1, 1)
   * @param sd the standard deviation {@code σ} of the innovations, finite and non-negative
   * @return the process
   */
  public static DemandProcess ar1(double mean, double rho, double sd) {
    if (!(rho > -1 && rho < 1)) {
      throw new IllegalArgumentException("AR(1) rho must be in (-1, 1) but was " + rho);
    }
    return new Ar1(amount("AR(1) mean", mean), rho, amount("AR(1) sd", sd));
  }

  /**
   * Returns seasonal demand {@code D_t = max(0, base + amplitude·sin(2πt/period) + noise·Z_t)}, {@code Z_t ~ N(0, 1)}
   * i.i.d. Over whole seasons of a whole number of ticks (at least 3) the mean is {@code base} and, without
   * censoring, the variance {@code amplitude²/2 + noise²}.
   *
   * @param base the mean level, finite and non-negative
   * @param amplitude the seasonal amplitude, finite and non-negative
   * @param period the length of a season in ticks, finite and positive (need not be whole)
   * @param noise the standard deviation of the noise, finite and non-negative
   * @return the process
   */
  public static DemandProcess seasonal(double base, double amplitude, double period, double noise) {
    return new Seasonal(
        amount("seasonal base", base),
        amount("seasonal amplitude", amplitude),
        Preconditions.positive("seasonal period", period),
        amount("seasonal noise", noise));
  }

  /**
   * Returns a recorded series replayed exactly: the demand of tick {@code t} is {@code series[t]}. A run longer
   * than the series fails at the first tick past its end with an {@link IllegalStateException} naming both lengths
   * (no silent wrap-around). The array is copied.
   *
   * @param series the demands, finite and non-negative, at least one
   * @return the process
   */
  public static DemandProcess replay(double[] series) {
    Objects.requireNonNull(series, "series");
    Preconditions.atLeast("replay series length", series.length, 1);
    for (int t = 0; t < series.length; t++) {
      if (!(series[t] >= 0) || series[t] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "replay demand must be finite and non-negative but was " + series[t] + " (tick " + t + ")");
      }
      Preconditions.nonNegativeAtMost("replay demand", series[t], Limits.MAX_AMOUNT, "tick " + t);
    }
    return new Replay(series.clone());
  }

  private record Step(double before, double after, int atTick) implements DemandProcess {
    @Override
    public DemandStream start(RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      return tick -> tick < atTick ? before : after;
    }
  }

  /** The uniform process; package-private so that a run can recognise it and draw it flat ({@link FlatUniform}). */
  record Uniform(double min, double max) implements DemandProcess {
    /** {@return the width of the interval, {@code max - min}} */
    double width() {
      return max - min;
    }

    @Override
    public DemandStream start(RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      double low = min;
      double width = width();
      return tick -> FlatUniform.scale(low, width, random.nextDouble());
    }
  }

  private record Normal(double mean, double sd, boolean truncated) implements DemandProcess {
    @Override
    public DemandStream start(RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      if (!truncated) {
        return tick -> Math.max(0, mean + sd * random.nextGaussian());
      }
      return tick -> {
        double x;
        do {
          x = mean + sd * random.nextGaussian();
        } while (x < 0);
        return x;
      };
    }
  }

  private record Poisson(double mean) implements DemandProcess {
    @Override
    public DemandStream start(RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      if (mean < POISSON_INVERSION_LIMIT) {
        double p0 = Math.exp(-mean);
        return tick -> PoissonSampler.inversion(random, mean, p0);
      }
      PoissonSampler sampler = new PoissonSampler(mean);
      return tick -> sampler.next(random);
    }
  }

  private record Ar1(double mean, double rho, double sd) implements DemandProcess {
    @Override
    public DemandStream start(RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      double stationarySd = sd / Math.sqrt(1 - rho * rho);
      return new DemandStream() {
        private boolean started;
        private double deviation;

        @Override
        public double next(int tick) {
          deviation = started
              ? rho * deviation + sd * random.nextGaussian()
              : stationarySd * random.nextGaussian();
          started = true;
          return Math.max(0, mean + deviation);
        }
      };
    }
  }

  private record Seasonal(double base, double amplitude, double period, double noise) implements DemandProcess {
    @Override
    public DemandStream start(RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      double omega = 2 * Math.PI / period;
      return tick -> Math.max(0, base + amplitude * Math.sin(omega * tick) + noise * random.nextGaussian());
    }
  }

  private record Replay(double[] series) implements DemandProcess {
    @Override
    public DemandStream start(RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      return tick -> {
        if (tick < 0 || tick >= series.length) {
          throw new IllegalStateException("replay series has " + series.length
              + " ticks (0.." + (series.length - 1) + ") but tick " + tick + " was asked");
        }
        return series[tick];
      };
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Replay r && Arrays.equals(r.series, series);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(series);
    }

    @Override
    public String toString() {
      return "Replay[ticks=" + series.length + "]";
    }
  }

  /** Checks an amount of demand: finite, non-negative and at most {@link Limits#MAX_AMOUNT}. */
  private static double amount(String what, double value) {
    return Preconditions.nonNegativeAtMost(what, value, Limits.MAX_AMOUNT, "");
  }
}
