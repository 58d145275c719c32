package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.examples.ValueCaptureLesson.Split;
import io.valueloop.model.Role;
import org.junit.jupiter.api.Test;

/**
 * The value-capture lesson against hand arithmetic. Per tick: the consumers pay 60 · 10 + 40 · 9 = 960; the factory
 * keeps (4 − 2.5) · 100 = 150; the platform (6 − 4 − 0.5) · 100 = 150 plus t · 960; the businesses
 * (10 − 6 − 1) · 60 + (9 − 6 − 1) · 40 = 260 minus t · 960; own costs are (2.5 + 0.5 + 1) · 100 = 400.
 */
class ValueCaptureLessonTest {

  @Test
  void split_matchesHandArithmetic() {
    Split split = ValueCaptureLesson.split(0.05);

    assertThat(split.consumerSpend()).isCloseTo(960, within(1e-9));
    assertThat(split.profitShare().get(Role.M)).isCloseTo(150.0 / 960, within(1e-12));
    assertThat(split.profitShare().get(Role.S)).isCloseTo(150.0 / 960 + 0.05, within(1e-12));
    assertThat(split.profitShare().get(Role.B)).isCloseTo(260.0 / 960 - 0.05, within(1e-12));
    assertThat(split.costShare().get(Role.M)).isCloseTo(250.0 / 960, within(1e-12));
    assertThat(split.costShare().get(Role.S)).isCloseTo(50.0 / 960, within(1e-12));
    assertThat(split.costShare().get(Role.B)).isCloseTo(100.0 / 960, within(1e-12));
    assertThat(split.totalCostShare()).isCloseTo(400.0 / 960, within(1e-12));
  }

  @Test
  void split_sharesAndCostsAddToOne() {
    for (double takeRate : new double[] {0, 0.05, 0.15, 0.4, 1}) {
      assertThat(ValueCaptureLesson.split(takeRate).total()).as("take rate %s", takeRate).isCloseTo(1, within(1e-9));
    }
  }

  @Test
  void run_platformGainsWhatTheBusinessesLose() {
    ValueCaptureLesson.Result result = ValueCaptureLesson.run();
    Split low = result.low();
    Split high = result.high();

    assertThat(low.takeRate()).isEqualTo(0.05);
    assertThat(high.takeRate()).isEqualTo(0.15);
    assertThat(high.profitShare().get(Role.S)).isGreaterThan(low.profitShare().get(Role.S));
    // The take rate applies to all consumer revenue, so ten more points of it move exactly 0.10 of each unit.
    assertThat(high.profitShare().get(Role.S) - low.profitShare().get(Role.S)).isCloseTo(0.10, within(1e-12));
    assertThat(high.profitShare().get(Role.B) - low.profitShare().get(Role.B)).isCloseTo(-0.10, within(1e-12));
    assertThat(high.profitShare().get(Role.M)).isCloseTo(low.profitShare().get(Role.M), within(1e-12));
    assertThat(high.totalCostShare()).isCloseTo(low.totalCostShare(), within(1e-12));
  }

  @Test
  void split_platformShareRisesWithTheTakeRate() {
    double previous = Double.NEGATIVE_INFINITY;
    for (double takeRate = 0; takeRate <= 0.3; takeRate += 0.05) {
      double share = ValueCaptureLesson.split(takeRate).profitShare().get(Role.S);
      assertThat(share).isGreaterThan(previous);
      previous = share;
    }
  }

  @Test
  void split_rejectsTakeRateOutsideUnitInterval() {
    assertThatThrownBy(() -> ValueCaptureLesson.split(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("take rate must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> ValueCaptureLesson.split(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("take rate must be in [0, 1] but was NaN");
  }
}
