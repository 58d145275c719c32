package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Limits;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Moments over long runs. With n = 200,000 draws the standard error of a sample mean is σ/447 and that of a sample
 * variance about σ²·0.3 % (normal data); each tolerance below is at least five standard errors.
 */
class DemandProcessesTest {

  private static final int N = 200_000;

  private static double[] draw(DemandProcess process, long seed, int n) {
    DemandStream stream = process.start(new SplittableRandom(seed));
    double[] xs = new double[n];
    for (int t = 0; t < n; t++) {
      xs[t] = stream.next(t);
    }
    return xs;
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  private static double variance(double[] xs) {
    return PoliciesTest.variance(xs, 0);
  }

  private static double fraction(double[] xs, double value) {
    int hits = 0;
    for (double x : xs) {
      if (x == value) {
        hits++;
      }
    }
    return (double) hits / xs.length;
  }

  @Test
  void constant_returnsMeanEveryTick() {
    assertThat(draw(DemandProcesses.constant(5), 1, 10)).containsOnly(5.0);
  }

  @Test
  void step_changesAtTheGivenTick() {
    assertThat(draw(DemandProcesses.step(4, 8, 4), 1, 7)).containsExactly(4, 4, 4, 4, 8, 8, 8);
  }

  @Test
  void uniform_hasTheDocumentedMeanAndVarianceWithinItsBounds() {
    double[] xs = draw(DemandProcesses.uniform(5, 15), 3, N);

    // Mean 10, variance 100/12 = 8.333; standard errors 0.0065 and 0.017 (the variance of (X - 10)^2 is 125 - 69.4).
    assertThat(Arrays.stream(xs).min().orElseThrow()).isGreaterThanOrEqualTo(5).isLessThan(5.001);
    assertThat(Arrays.stream(xs).max().orElseThrow()).isLessThan(15).isGreaterThan(14.999);
    assertThat(mean(xs)).isCloseTo(10, within(0.04));
    assertThat(variance(xs)).isCloseTo(100.0 / 12, within(0.09));
  }

  @Test
  void uniform_drawsWhatTheUsersLambdaDraws_bitForBit() {
    for (double[] bounds : new double[][] {{5, 15}, {0, 1}, {0.1, 0.3}, {7, 7}, {0, Limits.MAX_AMOUNT}}) {
      DemandProcess lambda = TestDemand.uniform(bounds[0], bounds[1]);
      DemandProcess builtIn = DemandProcesses.uniform(bounds[0], bounds[1]);
      for (long seed = -3; seed < 20; seed++) {
        assertThat(draw(builtIn, seed, 200)).as("%s, seed %d", builtIn, seed).containsExactly(draw(lambda, seed, 200));
      }
    }
    assertThat(draw(DemandProcesses.uniform(7, 7), 1, 10)).containsOnly(7.0);
  }

  @Test
  void uniform_equalsByValue() {
    assertThat(DemandProcesses.uniform(5, 15)).isEqualTo(DemandProcesses.uniform(5, 15))
        .hasSameHashCodeAs(DemandProcesses.uniform(5, 15))
        .isNotEqualTo(DemandProcesses.uniform(5, 16)).isNotEqualTo(DemandProcesses.uniform(4, 15))
        .isNotEqualTo(DemandProcesses.constant(5));
    assertThat(DemandProcesses.uniform(5, 15)).hasToString("Uniform[min=5.0, max=15.0]");
  }

  @Test
  void normal_hasMeanAndVarianceOfItsParameters() {
    double[] xs = draw(DemandProcesses.normal(100, 10), 3, N);

    assertThat(mean(xs)).isCloseTo(100, within(0.15));
    assertThat(variance(xs)).isCloseTo(100, within(2.0));
  }

  @Test
  void normal_censorsAtZeroWithTheDocumentedMean() {
    double[] xs = draw(DemandProcesses.normal(1, 1), 5, N);

    // mu + sigma (phi(1) - (1 - Phi(1))) = 1.0833155; variance of max(0, X) 0.7510878.
    assertThat(Arrays.stream(xs).filter(x -> x < 0)).isEmpty();
    assertThat(fraction(xs, 0)).isCloseTo(0.158655, within(0.004));
    assertThat(mean(xs)).isCloseTo(1.0833155, within(0.01));
    assertThat(variance(xs)).isCloseTo(0.7510878, within(0.01));
  }

  @Test
  void truncatedNormal_atZeroMeanIsHalfNormal() {
    double[] xs = draw(DemandProcesses.truncatedNormal(0, 1), 7, N);

    // Half-normal: mean sqrt(2/pi) = 0.7978846, variance 1 - 2/pi = 0.3633802.
    assertThat(Arrays.stream(xs).filter(x -> x < 0)).isEmpty();
    assertThat(mean(xs)).isCloseTo(0.7978846, within(0.006));
    assertThat(variance(xs)).isCloseTo(0.3633802, within(0.005));
  }

  @Test
  void poisson_smallMeanByInversionMatchesDistribution() {
    double[] xs = draw(DemandProcesses.poisson(3), 9, N);

    assertThat(Arrays.stream(xs).filter(x -> x != Math.rint(x) || x < 0)).isEmpty();
    assertThat(mean(xs)).isCloseTo(3, within(0.02));
    assertThat(variance(xs)).isCloseTo(3, within(0.06));
    // P(0) = e^-3 = 0.0497871; standard error 0.0005.
    assertThat(fraction(xs, 0)).isCloseTo(0.0497871, within(0.0025));
  }

  @Test
  void poisson_largeMeanByTransformedRejectionMatchesDistribution() {
    double[] xs = draw(DemandProcesses.poisson(50), 13, N);

    assertThat(Arrays.stream(xs).filter(x -> x != Math.rint(x) || x < 0)).isEmpty();
    assertThat(mean(xs)).isCloseTo(50, within(0.1));
    assertThat(variance(xs)).isCloseTo(50, within(1.0));
    // P(X = 50) = e^-50 50^50 / 50! = 0.0563250; standard error 0.0005.
    assertThat(fraction(xs, 50)).isCloseTo(0.0563250, within(0.0025));
  }

  @Test
  void poisson_atTheSwitchAndFarAboveIsUnbiased() {
    double[] ten = draw(DemandProcesses.poisson(10), 17, N);
    double[] huge = draw(DemandProcesses.poisson(1e6), 19, 50_000);

    // P(X = 10) at lambda 10 = 0.1251100.
    assertThat(fraction(ten, 10)).isCloseTo(0.1251100, within(0.004));
    assertThat(mean(ten)).isCloseTo(10, within(0.04));
    assertThat(variance(ten)).isCloseTo(10, within(0.25));
    // Standard error of the mean sqrt(1e6 / 5e4) = 4.5; of the variance about 0.6 %.
    assertThat(mean(huge)).isCloseTo(1e6, within(25.0));
    assertThat(variance(huge)).isCloseTo(1e6, within(0.04 * 1e6));
    assertThat(draw(DemandProcesses.poisson(0), 1, 5)).containsOnly(0.0);
  }

  @Test
  void logFactorial_matchesSumOfLogsBeyondTheTable() {
    double sum = 0;
    for (int k = 1; k <= 200; k++) {
      sum += Math.log(k);
      assertThat(PoissonSampler.logFactorial(k)).as("log %d!", k).isCloseTo(sum, within(1e-9 * sum));
    }
  }

  @Test
  void ar1_isStationaryWithGeometricAutocorrelation() {
    double[] xs = draw(DemandProcesses.ar1(100, 0.5, 10), 23, N);

    // Variance sigma^2 / (1 - rho^2) = 133.33; lag-1 correlation 0.5. Autocorrelation widens the standard errors
    // by sqrt((1 + rho) / (1 - rho)) at most 1.7 times; the tolerances keep five of them.
    double m = mean(xs);
    double v = variance(xs);
    double lag = 0;
    for (int t = 1; t < xs.length; t++) {
      lag += (xs[t] - m) * (xs[t - 1] - m);
    }
    lag /= (xs.length - 1) * v;
    assertThat(m).isCloseTo(100, within(0.3));
    assertThat(v).isCloseTo(400.0 / 3, within(0.04 * 400 / 3));
    assertThat(lag).isCloseTo(0.5, within(0.01));
  }

  @Test
  void ar1_firstDrawIsAlreadyStationary() {
    DemandProcess process = DemandProcesses.ar1(100, 0.8, 6);
    double[] first = new double[40_000];
    for (int seed = 0; seed < first.length; seed++) {
      first[seed] = process.start(new SplittableRandom(seed)).next(0);
    }

    // Var D_0 = 36 / (1 - 0.64) = 100; standard error 0.7.
    assertThat(mean(first)).isCloseTo(100, within(0.3));
    assertThat(variance(first)).isCloseTo(100, within(4.0));
  }

  @Test
  void seasonal_hasBaseMeanAndSeasonalPeak() {
    int period = 12;
    double[] xs = draw(DemandProcesses.seasonal(100, 20, period, 5), 29, period * 20_000);

    // Over whole periods: mean 100, variance 20^2 / 2 + 5^2 = 225. At phase 3 the mean is 100 + 20 = 120.
    double peak = 0;
    for (int t = 3; t < xs.length; t += period) {
      peak += xs[t];
    }
    peak /= xs.length / period;
    assertThat(mean(xs)).isCloseTo(100, within(0.1));
    assertThat(variance(xs)).isCloseTo(225, within(3.0));
    assertThat(peak).isCloseTo(120, within(0.2));
  }

  @Test
  void replay_returnsTheSeriesExactlyAndFailsPastItsEnd() {
    double[] series = {3, 0, 7.25, 1e-9};
    DemandProcess process = DemandProcesses.replay(series);
    series[0] = 99;
    DemandStream stream = process.start(new SplittableRandom(1));

    assertThat(new double[] {stream.next(0), stream.next(1), stream.next(2), stream.next(3)})
        .containsExactly(3, 0, 7.25, 1e-9);
    assertThatThrownBy(() -> stream.next(4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("replay series has 4 ticks (0..3) but tick 4 was asked");
  }

  @Test
  void processes_sameSeedSameDemandsOtherSeedOthers() {
    DemandProcess[] processes = {
      DemandProcesses.normal(100, 10),
      DemandProcesses.truncatedNormal(5, 5),
      DemandProcesses.poisson(4),
      DemandProcesses.poisson(400),
      DemandProcesses.ar1(100, 0.5, 10),
      DemandProcesses.seasonal(100, 20, 12, 5),
    };
    for (DemandProcess process : processes) {
      assertThat(draw(process, 42, 1000)).as("%s", process).containsExactly(draw(process, 42, 1000));
      assertThat(draw(process, 42, 1000)).as("%s", process).isNotEqualTo(draw(process, 43, 1000));
    }
  }

  @Test
  void processes_namedStreamsAreIndependent() {
    RandomStreams streams = RandomStreams.of(2024);
    DemandProcess process = DemandProcesses.normal(100, 10);
    DemandStream a = process.start(streams.stream(0, "demand/a"));
    DemandStream b = process.start(streams.stream(0, "demand/b"));
    int n = 50_000;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int t = 0; t < n; t++) {
      xs[t] = a.next(t);
      ys[t] = b.next(t);
    }
    double mx = mean(xs);
    double my = mean(ys);
    double cov = 0;
    for (int t = 0; t < n; t++) {
      cov += (xs[t] - mx) * (ys[t] - my);
    }
    double correlation = cov / (n - 1) / Math.sqrt(variance(xs) * variance(ys));

    // Independent streams: correlation within 5 standard errors (1 / sqrt(n) = 0.0045) of zero.
    assertThat(correlation).isCloseTo(0, within(0.0225));
  }

  @Test
  void processes_rejectBadParameters() {
    assertThatThrownBy(() -> DemandProcesses.constant(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("constant demand must be finite and non-negative but was -1.0");
    assertThatThrownBy(() -> DemandProcesses.step(4, 8, -1))
        .hasMessage("step tick must be at least 0 but was -1");
    assertThatThrownBy(() -> DemandProcesses.normal(100, Double.NaN))
        .hasMessage("normal sd must be finite and non-negative but was NaN");
    assertThatThrownBy(() -> DemandProcesses.poisson(Double.POSITIVE_INFINITY))
        .hasMessage("Poisson mean must be finite and non-negative but was Infinity");
    assertThatThrownBy(() -> DemandProcesses.ar1(100, 1, 10))
        .hasMessage("AR(1) rho must be in (-1, 1) but was 1.0");
    assertThatThrownBy(() -> DemandProcesses.seasonal(100, 20, 0, 5))
        .hasMessage("seasonal period must be finite and positive but was 0.0");
    assertThatThrownBy(() -> DemandProcesses.uniform(-1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uniform min must be finite and non-negative but was -1.0");
    assertThatThrownBy(() -> DemandProcesses.uniform(1, Double.POSITIVE_INFINITY))
        .hasMessage("uniform max must be finite and non-negative but was Infinity");
    assertThatThrownBy(() -> DemandProcesses.uniform(Double.NaN, 5))
        .hasMessage("uniform min must be finite and non-negative but was NaN");
    assertThatThrownBy(() -> DemandProcesses.uniform(0, 2 * Limits.MAX_AMOUNT))
        .hasMessageStartingWith("uniform max must be at most ");
    assertThatThrownBy(() -> DemandProcesses.uniform(7, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uniform min must be at most the max (5.0) but was 7.0");
    assertThatThrownBy(() -> DemandProcesses.replay(new double[0]))
        .hasMessage("replay series length must be at least 1 but was 0");
    assertThatThrownBy(() -> DemandProcesses.replay(new double[] {1, -2}))
        .hasMessage("replay demand must be finite and non-negative but was -2.0 (tick 1)");
  }
}
