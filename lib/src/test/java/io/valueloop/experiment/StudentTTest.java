package io.valueloop.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Student's t quantiles against printed tables: Abramowitz and Stegun (1964), Table 26.10, and the NIST/SEMATECH
 * e-Handbook of Statistical Methods, §1.3.6.7.2 (critical values of the t distribution), to the 4 decimals printed.
 */
class StudentTTest {
  private static final double TABLE = 1e-4;

  @Test
  void quantile_matchesTabulatedValues() {
    assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.7062, within(TABLE));
    assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.2622, within(TABLE));
    assertThat(StudentT.quantile(0.995, 30)).isCloseTo(2.7500, within(TABLE));
    assertThat(StudentT.quantile(0.95, 1000)).isCloseTo(1.6464, within(TABLE));
    assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.7764, within(TABLE));
    assertThat(StudentT.quantile(0.9, 2)).isCloseTo(1.8856, within(TABLE));
  }

  @Test
  void quantile_oneDegreeOfFreedom_isTheCauchyQuantile() {
    // t with 1 degree of freedom is the standard Cauchy: quantile tan(π (p − ½)).
    for (double p : new double[] {0.6, 0.9, 0.99, 0.9999}) {
      double cauchy = Math.tan(Math.PI * (p - 0.5));
      assertThat(StudentT.quantile(p, 1)).isCloseTo(cauchy, within(1e-10 * cauchy));
    }
  }

  @Test
  void quantile_twoDegreesOfFreedom_matchesClosedForm() {
    // ν = 2: t = (2p − 1) √(2 / (4p(1 − p))).
    for (double p : new double[] {0.55, 0.8, 0.975, 0.999999}) {
      double exact = (2 * p - 1) * Math.sqrt(2 / (4 * p * (1 - p)));
      assertThat(StudentT.quantile(p, 2)).isCloseTo(exact, within(1e-11 * exact));
    }
  }

  @Test
  void quantile_isOddAndZeroAtOneHalf() {
    assertThat(StudentT.quantile(0.5, 7)).isZero();
    assertThat(StudentT.quantile(0.025, 7)).isEqualTo(-StudentT.quantile(0.975, 7));
  }

  @Test
  void cdf_invertsTheQuantile() {
    for (double df : new double[] {0.5, 1, 3.5, 29, 1000}) {
      for (double p : new double[] {0.001, 0.3, 0.5, 0.8, 0.999}) {
        assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-13));
      }
    }
  }

  @Test
  void logGamma_matchesKnownValues() {
    assertThat(StudentT.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
    assertThat(StudentT.logGamma(1)).isCloseTo(0, within(1e-14));
    assertThat(StudentT.logGamma(10)).isCloseTo(Math.log(362_880), within(1e-13));
  }

  @Test
  void quantile_rejectsProbabilityOutsideTheOpenInterval() {
    assertThatThrownBy(() -> StudentT.quantile(1, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in (0, 1) but was 1.0 (t quantile)");
    assertThatThrownBy(() -> StudentT.quantile(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quantile_rejectsNonPositiveDegreesOfFreedom() {
    assertThatThrownBy(() -> StudentT.quantile(0.9, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("degrees of freedom must be finite and positive but was 0.0 (t distribution)");
  }
}
