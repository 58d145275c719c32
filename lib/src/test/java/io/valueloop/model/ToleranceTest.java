package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceTest {

  @Test
  void epsilon_isOneBillionth() {
    assertThat(Tolerance.EPSILON).isEqualTo(1e-9);
  }

  @Test
  void isClose_absoluteNearValuesBelowOne() {
    assertThat(Tolerance.isClose(1 + 5e-10, 1)).isTrue();
    assertThat(Tolerance.isClose(1 - 5e-10, 1)).isTrue();
    assertThat(Tolerance.isClose(1 + 2e-9, 1)).isFalse();
    assertThat(Tolerance.isClose(5e-10, 0)).isTrue();
    assertThat(Tolerance.isClose(-2e-9, 0)).isFalse();
    assertThat(Tolerance.isClose(0.3 + 5e-10, 0.3)).isTrue();
  }

  @Test
  void isClose_relativeForLargeValues() {
    // At 1e6 the allowed difference is 1e-9 * 1e6 = 1e-3.
    assertThat(Tolerance.isClose(1e6 + 5e-4, 1e6)).isTrue();
    assertThat(Tolerance.isClose(1e6 - 2e-3, 1e6)).isFalse();
    assertThat(Tolerance.isClose(-1e6 - 5e-4, -1e6)).isTrue();
  }

  @Test
  void isClose_neverForNaN() {
    assertThat(Tolerance.isClose(Double.NaN, 1)).isFalse();
    assertThat(Tolerance.isClose(1, Double.NaN)).isFalse();
    assertThat(Tolerance.isClose(Double.NaN, Double.NaN)).isFalse();
  }

  @Test
  void isClose_exactFloatingSumsOfSharesAreClose() {
    assertThat(Tolerance.isClose(0.1 + 0.2, 0.3)).isTrue();
    assertThat(Tolerance.isClose(1.0 / 3 + 1.0 / 3 + 1.0 / 3, 1)).isTrue();
  }
}
