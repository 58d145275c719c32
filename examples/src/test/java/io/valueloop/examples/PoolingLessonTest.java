package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.examples.PoolingLesson.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pooling lesson against the square-root law (Eppen 1979; docs/design.md §6): separate safety stock
 * {@code n·z·σ·√L}, pooled {@code z·σ·√(nL)}, both times {@code √(1 + 1/p)} for the moving-average error
 * estimate. With 10,000 measured ticks a safety stock's relative standard error is about 1 % (less for sums over many
 * businesses); tolerances are 5 % on each stock and 10 % on the ratio, as the lesson promises.
 */
class PoolingLessonTest {
  private static PoolingLesson.Result result;

  @BeforeAll
  static void runLesson() {
    result = PoolingLesson.run();
  }

  @Test
  void run_comparesOneToSixtyFourBusinesses() {
    assertThat(result.points()).extracting(Point::businesses).containsExactly(1, 4, 16, 64);
  }

  @Test
  void run_pooledOverSeparateStockFollowsTheSquareRootLaw() {
    assertThat(result.points()).allSatisfy(point ->
        assertThat(point.ratio()).isCloseTo(point.squareRootLaw(), within(0.10 * point.squareRootLaw())));
    assertThat(result.points()).extracting(Point::squareRootLaw).containsExactly(1.0, 0.5, 0.25, 0.125);
  }

  @Test
  void run_safetyStocksMatchTheTextbook() {
    double inflation = Math.sqrt(1 + 1.0 / PoolingLesson.WINDOW);
    double perBusiness = PoolingLesson.SAFETY_FACTOR * PoolingLesson.DEMAND_SD * Math.sqrt(PoolingLesson.LEAD_TIME)
        * inflation;
    // z sigma sqrt(L) sqrt(1 + 1/p) = 1.645 * 10 * 1.41421 * 1.00995 = 23.495 per business held separately.
    assertThat(perBusiness).isCloseTo(23.495, within(0.001));
    assertThat(result.points()).allSatisfy(point -> {
      int n = point.businesses();
      assertThat(point.separateStock()).isCloseTo(n * perBusiness, within(0.05 * n * perBusiness));
      assertThat(point.pooledStock()).isCloseTo(Math.sqrt(n) * perBusiness, within(0.05 * Math.sqrt(n) * perBusiness));
    });
  }

  @Test
  void run_poolingKeepsTheService() {
    // Both stock points end short with probability 1 - Phi(z sqrt(1 + 1/p) / sqrt(1 + L/p)) = 1 - Phi(1.6291) = 0.052.
    assertThat(result.points()).allSatisfy(point -> {
      assertThat(point.separateShortTicks()).isCloseTo(0.052, within(0.015));
      assertThat(point.pooledShortTicks()).isCloseTo(0.052, within(0.015));
    });
  }

  @Test
  void compare_rejectsNoBusinesses() {
    assertThatThrownBy(() -> PoolingLesson.compare(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("number of businesses must be positive but was 0");
  }
}
