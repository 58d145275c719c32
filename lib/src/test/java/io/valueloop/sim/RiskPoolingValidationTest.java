package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/**
 * Risk pooling (Eppen 1979, "Effects of centralization on expected costs in a multi-location newsboy problem",
 * Management Science 25(5); docs/design.md §6): n businesses facing i.i.d. N(μ, σ²) demand need, with lead time L and
 * safety factor z, a safety stock of {@code z·σ·√L} each, {@code n·z·σ·√L} in all; pooled at the supply platform
 * S, which sees the sum of the n demands, {@code z·σ·√(nL)}, a factor {@code √n} less.
 *
 * <p>What is compared: the safety stock actually held, measured as the mean net inventory (on-hand minus backlog)
 * after shipments. For an order-up-to policy {@code y_t = L·F_t + z·σ̂·√L} the net inventory after the shipments of
 * tick {@code t + L} is {@code y_t − (D_{t+1} + ... + D_{t+L})}, whose mean is {@code z·E[σ̂]·√L}: the safety
 * stock. The policy estimates σ from one-tick moving-average errors, whose standard deviation is
 * {@code σ·√(1 + 1/p)}, so the expected figures carry that factor (1.0100 with p = 50); it cancels in the ratio.
 *
 * <p>Decentralized: {@code m -> b_i -> c_i}, each business ordering up to with z. Pooled: {@code m -> s -> b_i ->
 * c_i}, the businesses passing orders on (lot-for-lot) and s ordering up to with z. Negative orders are allowed, so
 * that shipments never wait and net inventory is the policy's own. 50,000 measured ticks: the standard error of a
 * mean net inventory is below 0.5 % of it; tolerances 3 % on each level and 2 % on the ratio.
 */
class RiskPoolingValidationTest {
  private static final int BUSINESSES = 4;
  private static final int LEAD_TIME = 2;
  private static final double SIGMA = 10;
  private static final double Z = 1.645;
  private static final int WINDOW = 50;
  private static final int TICKS = 50_000;
  private static final int WARM_UP = 300;

  private static CompiledChain chain(boolean pooled) {
    ValueChain.Builder b = ValueChain.builder().actor("m", Role.M);
    if (pooled) {
      b.actor("s", Role.S).trade("m", "s", GoodsTerms.builder().price(1).leadTime(LEAD_TIME).orderDelay(0).build());
    }
    for (int i = 0; i < BUSINESSES; i++) {
      b.actor("b" + i, Role.B)
          .actor("c" + i, Role.C)
          .trade(pooled ? "s" : "m", "b" + i, GoodsTerms.builder().price(2).leadTime(pooled ? 1 : LEAD_TIME).orderDelay(0).build())
          .trade("b" + i, "c" + i, GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
    }
    return CompiledChain.compile(b.build());
  }

  private static SimulationResult run(boolean pooled) {
    OrderingPolicy orderUpTo = Policies.orderUpTo(Forecast.movingAverage(WINDOW), Z, 4 * WINDOW);
    Scenario.Builder scenario = Scenario.builder(TICKS + WARM_UP)
        .warmUp(WARM_UP)
        .seed(1979)
        .negativeOrders(true)
        .demand(DemandProcesses.normal(100, SIGMA))
        .policy(Role.B, pooled ? Policies.lotForLot() : orderUpTo)
        .record(Series.BACKLOG, pooled ? Role.S : Role.B);
    if (pooled) {
      scenario.policy("s", orderUpTo);
    }
    return Simulation.of(chain(pooled)).run(scenario.build());
  }

  private static double netInventory(ActorMetrics metrics) {
    return metrics.meanOnHand() - metrics.meanBacklog();
  }

  /** Returns the fraction of measured ticks an actor ended short (net inventory below zero, reported as backlog). */
  private static double stockoutFrequency(SimulationResult result, String actor) {
    double[] backlog = result.series(Series.BACKLOG, actor);
    int stockouts = 0;
    for (int t = WARM_UP; t < backlog.length; t++) {
      stockouts += backlog[t] > 0 ? 1 : 0;
    }
    return (double) stockouts / (backlog.length - WARM_UP);
  }

  @Test
  void pooling_cutsSafetyStockBySquareRootOfN() {
    SimulationResult decentralized = run(false);
    SimulationResult pooled = run(true);
    double separate = 0;
    for (int i = 0; i < BUSINESSES; i++) {
      separate += netInventory(decentralized.metrics("b" + i));
    }
    double central = netInventory(pooled.metrics("s"));

    double inflation = Math.sqrt(1 + 1.0 / WINDOW);
    // n z sigma sqrt(L) = 4 * 1.645 * 10 * sqrt(2) = 93.06; z sigma sqrt(nL) = 1.645 * 10 * sqrt(8) = 46.53.
    assertThat(separate).isCloseTo(BUSINESSES * Z * SIGMA * Math.sqrt(LEAD_TIME) * inflation, within(0.03 * 94));
    assertThat(central).isCloseTo(Z * SIGMA * Math.sqrt(BUSINESSES * LEAD_TIME) * inflation, within(0.03 * 47));
    assertThat(central / separate).isCloseTo(1 / Math.sqrt(BUSINESSES), within(0.02 * 0.5));
  }

  @Test
  void pooling_keepsTheSameServiceWithLessStock() {
    SimulationResult decentralized = run(false);
    SimulationResult pooled = run(true);
    double separate = 0;
    for (int i = 0; i < BUSINESSES; i++) {
      separate += stockoutFrequency(decentralized, "b" + i) / BUSINESSES;
    }
    double central = stockoutFrequency(pooled, "s");

    // Both end a tick short with probability 1 - Phi(z sqrt(1 + 1/p) / sqrt(1 + L/p)) = 1 - Phi(1.6291) = 0.0516:
    // the lead-time forecast error of a p-tick moving average has standard deviation sigma sqrt(L (1 + L/p)).
    // Standard error about 0.002 (autocorrelated over L ticks); tolerance 0.008.
    assertThat(separate).isCloseTo(0.0516, within(0.008));
    assertThat(central).isCloseTo(0.0516, within(0.008));
    assertThat(central).isCloseTo(separate, within(0.006));
  }
}
