package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PoliciesTest {

  private static final double EXACT = 1e-12;

  /** Drives a rule as the simulation would: IP_t = IP_{t-1} + q_{t-1} - D_t (negative orders placed in full). */
  private static double[] drive(OrderRule rule, ScriptedActorView view, double initialPosition, double[] signals) {
    double[] orders = new double[signals.length];
    double position = initialPosition;
    for (int t = 0; t < signals.length; t++) {
      if (t > 0) {
        position += orders[t - 1] - signals[t];
      }
      orders[t] = rule.order(view.tick(t).signal(signals[t]).position(position));
    }
    return orders;
  }

  @Test
  void orderUpTo_movingAverageFollowsChenIdentityWithWarmUp() {
    ScriptedActorView view = new ScriptedActorView("b").leadTime(2);
    OrderRule rule = Policies.orderUpTo(Forecast.movingAverage(3)).start(view);

    double[] orders = drive(rule, view, 15, new double[] {10, 20, 30, 40, 10, 10});

    // y_t = 2 F_t with F = 10, 15, 20, 30, 80/3, 20 (warm-up: mean of what was seen);
    // q_0 = 20 - 15, then q_t = D_t + y_t - y_{t-1}: 20 + 30 - 20, 30 + 40 - 30, 40 + 60 - 40,
    // 10 + 160/3 - 60, 10 + 40 - 160/3 (negative: the rule returns raw quantities).
    assertThat(orders[0]).isCloseTo(5, within(EXACT));
    assertThat(orders[1]).isCloseTo(30, within(EXACT));
    assertThat(orders[2]).isCloseTo(40, within(EXACT));
    assertThat(orders[3]).isCloseTo(60, within(EXACT));
    assertThat(orders[4]).isCloseTo(10.0 / 3, within(EXACT));
    assertThat(orders[5]).isCloseTo(-10.0 / 3, within(EXACT));
  }

  @Test
  void orderUpTo_identityHoldsOnRandomSignalsAndLongLeadTime() {
    int p = 4;
    int lead = 5;
    ScriptedActorView view = new ScriptedActorView("b").leadTime(lead);
    OrderRule rule = Policies.orderUpTo(Forecast.movingAverage(p)).start(view);
    SplittableRandom random = new SplittableRandom(7);
    double[] signals = new double[60];
    for (int t = 0; t < signals.length; t++) {
      signals[t] = 50 + 10 * random.nextGaussian();
    }

    double[] orders = drive(rule, view, 0, signals);

    // After the warm-up: q_t = D_t + L (D_t - D_{t-p}) / p, as in Chen et al. (2000).
    for (int t = p; t < signals.length; t++) {
      double expected = signals[t] + lead * (signals[t] - signals[t - p]) / p;
      assertThat(orders[t]).as("tick %d", t).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void orderUpTo_exponentialSmoothingStartsAtFirstSignal() {
    ScriptedActorView view = new ScriptedActorView("b").leadTime(3).position(0);
    OrderRule rule = Policies.orderUpTo(Forecast.exponentialSmoothing(0.5)).start(view);

    // F = 10, 0.5*20 + 0.5*10 = 15, 0.5*20 + 0.5*15 = 17.5; IP = 0, so q = 3 F.
    assertThat(rule.order(view.signal(10))).isCloseTo(30, within(EXACT));
    assertThat(rule.order(view.signal(20))).isCloseTo(45, within(EXACT));
    assertThat(rule.order(view.signal(20))).isCloseTo(52.5, within(EXACT));
  }

  @Test
  void orderUpTo_safetyStockFromRootMeanSquareOfPastErrors() {
    ScriptedActorView view = new ScriptedActorView("b").leadTime(4).position(0);
    OrderRule rule = Policies.orderUpTo(Forecast.movingAverage(2), 2).start(view);

    // y = 4 F + 2 * sigma * sqrt(4), errors e_s = D_s - F_{s-1} over the last p = 2 ticks:
    // t0: F 10, no error; t1: e 4, F 12, sigma 4; t2: e -4, F 11, sigma 4; t3: e 1, F 10, sigma sqrt(8.5).
    assertThat(rule.order(view.signal(10))).isCloseTo(40, within(EXACT));
    assertThat(rule.order(view.signal(14))).isCloseTo(48 + 16, within(EXACT));
    assertThat(rule.order(view.signal(8))).isCloseTo(44 + 16, within(EXACT));
    assertThat(rule.order(view.signal(12))).isCloseTo(40 + 4 * Math.sqrt(8.5), within(EXACT));
  }

  @Test
  void orderUpTo_explicitErrorWindowKeepsMoreErrors() {
    ScriptedActorView view = new ScriptedActorView("b").leadTime(4).position(0);
    OrderRule rule = Policies.orderUpTo(Forecast.movingAverage(2), 2, 3).start(view);

    rule.order(view.signal(10));
    rule.order(view.signal(14));
    rule.order(view.signal(8));

    // Squared errors 16, 16, 1 over a window of 3: sigma = sqrt(11).
    assertThat(rule.order(view.signal(12))).isCloseTo(40 + 4 * Math.sqrt(11), within(EXACT));
  }

  @Test
  void orderUpTo_startsFreshStatePerActor() {
    OrderingPolicy policy = Policies.orderUpTo(Forecast.movingAverage(2));
    ScriptedActorView first = new ScriptedActorView("b1").position(0);
    ScriptedActorView second = new ScriptedActorView("b2").position(0);
    OrderRule a = policy.start(first);
    OrderRule b = policy.start(second);

    a.order(first.signal(100));

    assertThat(b.order(second.signal(10))).isCloseTo(10, within(EXACT));
    assertThat(a.order(first.signal(10))).isCloseTo(55, within(EXACT));
  }

  @Test
  void orderUpTo_varianceRatioMatchesChenOnIidDemand() {
    // Chen, Drezner, Ryan & Simchi-Levi (2000): L = 1, p = 5, z = 0: 1 + 2/5 + 2/25 = 1.48. 200,000 ticks of
    // N(100, 10^2); the estimate's standard error is about 0.5 %, the tolerance 2 %.
    ScriptedActorView view = new ScriptedActorView("b").leadTime(1);
    OrderRule rule = Policies.orderUpTo(Forecast.movingAverage(5)).start(view);
    SplittableRandom random = new SplittableRandom(11);
    double[] signals = new double[200_000];
    for (int t = 0; t < signals.length; t++) {
      signals[t] = 100 + 10 * random.nextGaussian();
    }

    double[] orders = drive(rule, view, 100, signals);

    assertThat(variance(orders, 10) / variance(signals, 10)).isCloseTo(1.48, within(0.02 * 1.48));
  }

  @Test
  void reorderPoint_ordersUpToLevelAtOrBelowReorderPoint() {
    OrderRule rule = Policies.reorderPoint(5, 20).start(new ScriptedActorView("b"));

    assertThat(rule.order(new ScriptedActorView("b").stock(6, 0, 0))).isZero();
    assertThat(rule.order(new ScriptedActorView("b").stock(2, 0, 3))).isCloseTo(15, within(EXACT));
    assertThat(rule.order(new ScriptedActorView("b").stock(0, 7, 4))).isCloseTo(23, within(EXACT));
  }

  @Test
  void fixedQuantity_ordersSameWhateverTheState() {
    OrderRule rule = Policies.fixedQuantity(7).start(new ScriptedActorView("b"));

    assertThat(rule.order(new ScriptedActorView("b").stock(100, 0, 50).signal(0))).isEqualTo(7);
    assertThat(rule.order(new ScriptedActorView("b").stock(0, 30, 0).signal(40))).isEqualTo(7);
  }

  @Test
  void lotForLot_ordersTheSignal() {
    ScriptedActorView view = new ScriptedActorView("b").stock(100, 0, 50);
    OrderRule rule = Policies.lotForLot().start(view);

    assertThat(rule.order(view.signal(13))).isEqualTo(13);
    assertThat(rule.order(view.signal(0))).isZero();
  }

  @Test
  void anchoring_followsStermanRuleWithBeerGameParameters() {
    ScriptedActorView view = new ScriptedActorView("retailer");
    OrderRule rule = Policies.beerGameAnchoring().start(view);

    // L-hat 4; 4 + 0.26 (17 - 12 - 0.34 * 12) = 4.2392.
    assertThat(rule.order(view.signal(4).stock(12, 0, 12))).isCloseTo(4.2392, within(EXACT));
    // L-hat 0.36 * 8 + 0.64 * 4 = 5.44; 5.44 + 0.26 (17 - 4 - 0.34 * 16) = 7.4056.
    assertThat(rule.order(view.signal(8).stock(4, 0, 16))).isCloseTo(7.4056, within(EXACT));
    // L-hat 0.36 * 8 + 0.64 * 5.44 = 6.3616; S = -6; 6.3616 + 0.26 (17 + 6 - 0.34 * 20) = 10.5736.
    assertThat(rule.order(view.signal(8).stock(0, 6, 20))).isCloseTo(10.5736, within(EXACT));
    // Far too much stock: the order is cut at zero.
    assertThat(rule.order(view.signal(8).stock(60, 0, 20))).isZero();
  }

  @Test
  void policies_withEqualParametersAreEqual() {
    assertThat(Policies.orderUpTo(Forecast.movingAverage(5), 1.5))
        .isEqualTo(Policies.orderUpTo(Forecast.movingAverage(5), 1.5, 5))
        .isNotEqualTo(Policies.orderUpTo(Forecast.movingAverage(4), 1.5));
    assertThat(Policies.anchoring(0.36, 0.26, 0.34, 17)).isEqualTo(Policies.beerGameAnchoring());
    assertThat(Forecast.exponentialSmoothing(0.3).alpha()).hasValue(0.3);
    assertThat(Forecast.exponentialSmoothing(0.3).window()).isEmpty();
    assertThat(Forecast.movingAverage(5).window()).hasValue(5);
  }

  @Test
  void forecast_rejectsBadParameters() {
    assertThatThrownBy(() -> Forecast.movingAverage(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("moving-average window must be at least 1 but was 0");
    assertThatThrownBy(() -> Forecast.exponentialSmoothing(0))
        .hasMessage("smoothing constant alpha must be in (0, 1] but was 0.0");
    assertThatThrownBy(() -> Forecast.exponentialSmoothing(Double.NaN))
        .hasMessage("smoothing constant alpha must be in (0, 1] but was NaN");
  }

  @Test
  void policies_rejectBadParameters() {
    Forecast forecast = Forecast.movingAverage(3);
    assertThatThrownBy(() -> Policies.orderUpTo(forecast, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("safety factor z must be finite but was NaN");
    assertThatThrownBy(() -> Policies.orderUpTo(forecast, 1, 0))
        .hasMessage("forecast-error window must be at least 1 but was 0");
    assertThatThrownBy(() -> Policies.reorderPoint(10, 5))
        .hasMessage("order-up-to level S must be at least the reorder point s = 10.0 but was 5.0");
    assertThatThrownBy(() -> Policies.fixedQuantity(-1))
        .hasMessage("fixed order quantity must be finite and non-negative but was -1.0");
    assertThatThrownBy(() -> Policies.anchoring(1.5, 0.26, 0.34, 17))
        .hasMessage("expectation weight theta must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> Policies.anchoring(0.36, 0.26, 0.34, Double.POSITIVE_INFINITY))
        .hasMessage("anchor S' must be finite and non-negative but was Infinity");
  }

  @Test
  void rules_rejectNonFiniteSignalNamingTheActor() {
    ScriptedActorView view = new ScriptedActorView("shop-7").tick(3).signal(Double.NaN);
    OrderRule rule = Policies.orderUpTo(Forecast.movingAverage(3)).start(view);

    assertThatThrownBy(() -> rule.order(view))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demand signal must be finite but was NaN (shop-7, tick 3)");
  }

  /** Sample variance of a series after a warm-up. */
  static double variance(double[] xs, int skip) {
    double mean = 0;
    for (int i = skip; i < xs.length; i++) {
      mean += xs[i];
    }
    mean /= xs.length - skip;
    double sum = 0;
    for (int i = skip; i < xs.length; i++) {
      sum += (xs[i] - mean) * (xs[i] - mean);
    }
    return sum / (xs.length - skip - 1);
  }
}
