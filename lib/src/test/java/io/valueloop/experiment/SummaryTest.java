package io.valueloop.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryTest {
  private static final double PRECISION = 1e-12;

  @Test
  void of_oneToFive_matchesHandComputation() {
    Summary summary = Summary.of(new double[] {1, 2, 3, 4, 5}, 0.95);

    // mean 3; squared deviations 4 + 1 + 0 + 1 + 4 = 10, sd = √(10/4) = 1.5811; se = sd/√5 = √(1/2) = 0.7071;
    // t(0.975, 4) = 2.7764 (tables), so the interval is 3 ± 2.7764 · 0.7071 = 3 ± 1.9632.
    assertThat(summary.n()).isEqualTo(5);
    assertThat(summary.mean()).isEqualTo(3.0);
    assertThat(summary.sd()).isCloseTo(Math.sqrt(2.5), within(PRECISION));
    assertThat(summary.se()).isCloseTo(Math.sqrt(0.5), within(PRECISION));
    assertThat(summary.halfWidth()).isCloseTo(2.7764 * 0.70711, within(1e-4));
    assertThat(summary.low()).isCloseTo(3 - 1.9632, within(1e-4));
    assertThat(summary.high()).isCloseTo(3 + 1.9632, within(1e-4));
    assertThat(summary.level()).isEqualTo(0.95);
  }

  @Test
  void of_higherLevel_widensTheInterval() {
    double[] sample = {2.5, 3.5, 1.0, 4.0};

    assertThat(Summary.of(sample, 0.99).halfWidth()).isGreaterThan(Summary.of(sample, 0.95).halfWidth());
  }

  @Test
  void of_constantSample_hasZeroWidthInterval() {
    Summary summary = Summary.of(new double[] {7, 7, 7}, 0.9);

    assertThat(summary.sd()).isZero();
    assertThat(summary.low()).isEqualTo(7.0);
    assertThat(summary.high()).isEqualTo(7.0);
    assertThat(summary.contains(7)).isTrue();
    assertThat(summary.contains(7.000001)).isFalse();
  }

  @Test
  void of_rejectsFewerThanTwoValues() {
    assertThatThrownBy(() -> Summary.of(new double[] {1}, 0.95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of values must be at least 2 but was 1 (a confidence interval needs a sample variance)");
  }

  @Test
  void of_rejectsNonFiniteValue() {
    assertThatThrownBy(() -> Summary.of(new double[] {1, Double.NaN}, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must be finite but was NaN (index 1)");
  }

  @Test
  void of_rejectsLevelOutsideTheOpenInterval() {
    for (double level : new double[] {0, 1, -0.5, Double.NaN}) {
      assertThatThrownBy(() -> Summary.of(new double[] {1, 2}, level)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("level must be in (0, 1) but was " + level + " (confidence interval)");
    }
  }

  @Test
  void constructor_rejectsIntervalNotAroundTheMean() {
    assertThatThrownBy(() -> new Summary(3, 1, 1, 0.5, 1.5, 2, 0.95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("low <= mean <= high");
  }

  @Test
  void of_valuesNearTheLargestDouble_doesNotOverflow() {
    Summary summary = Summary.of(new double[] {1e308, 1e308}, 0.95);

    assertThat(summary.mean()).isEqualTo(1e308);
    assertThat(summary.sd()).isZero();
    assertThat(summary.low()).isEqualTo(1e308);
    assertThat(summary.high()).isEqualTo(1e308);
  }

  @Test
  void of_hugeSpreadSample_hasFiniteMeanAndSd() {
    Summary summary = Summary.of(new double[] {1.5e308, 1.7e308, 1.6e308}, 0.5);

    assertThat(summary.mean()).isCloseTo(1.6e308, within(1e295));
    assertThat(summary.sd()).isCloseTo(1e307, within(1e295));
  }

  @Test
  void of_intervalBeyondTheDoubles_isRejectedWithAMessage() {
    assertThatThrownBy(() -> Summary.of(new double[] {-1.7e308, 1.7e308}, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence interval must lie within the range of a double");
  }
}
