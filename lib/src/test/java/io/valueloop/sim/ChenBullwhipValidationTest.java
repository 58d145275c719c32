package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.SerialChain;
import org.junit.jupiter.api.Test;

/**
 * Bullwhip ratios of the order-up-to policy against the closed forms of Chen, Drezner, Ryan and Simchi-Levi (2000),
 * "Quantifying the bullwhip effect in a simple supply chain", Management Science 46(3), 436–443, and Chen, Ryan and
 * Simchi-Levi (2000), "The impact of exponential smoothing forecasts on the bullwhip effect", Naval Research
 * Logistics 47, 269–286: z = 0, negative orders allowed, long runs, the ratio measured by the simulation
 * ({@link ActorMetrics#bullwhip()}: population variance of the orders over that of consumer demand).
 *
 * <p>Run lengths: {@value #TICKS} measured ticks after a warm-up of {@value #WARM_UP}. The orders are a short moving
 * sum of i.i.d. normal demand, so the relative standard error of the ratio is below 0.6 %; every tolerance is 3 %,
 * more than five standard errors.
 */
class ChenBullwhipValidationTest {
  static final int TICKS = 100_000;
  static final int WARM_UP = 100;
  private static final double TOLERANCE = 0.03;

  /** m (source) -> b -> c, with the order delay and shipping lead time of m -> b given, so that L = o + l. */
  private static CompiledChain singleStage(int orderDelay, int leadTime) {
    return CompiledChain.compile(ValueChain.builder()
        .actor("c", Role.C)
        .actor("b", Role.B)
        .actor("m", Role.M)
        .trade("m", "b", GoodsTerms.builder().price(1).leadTime(leadTime).orderDelay(orderDelay).build())
        .trade("b", "c", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .build());
  }

  private static double bullwhip(CompiledChain chain, String actor, OrderingPolicy policy, DemandProcess demand) {
    Scenario scenario = Scenario.builder(TICKS + WARM_UP)
        .warmUp(WARM_UP)
        .seed(20_000_101)
        .negativeOrders(true)
        .policy(actor, policy)
        .demand(demand)
        .build();
    return Simulation.of(chain).run(scenario).metrics(actor).bullwhip().orElseThrow();
  }

  @Test
  void movingAverage_leadTimeOneWindowFive_matchesChen() {
    double ratio = bullwhip(singleStage(0, 1), "b", Policies.orderUpTo(Forecast.movingAverage(5)),
        DemandProcesses.normal(100, 10));

    // 1 + 2L/p + 2L^2/p^2 = 1 + 0.4 + 0.08.
    assertThat(ratio).isCloseTo(1.48, within(TOLERANCE * 1.48));
  }

  @Test
  void movingAverage_leadTimeFourWindowFive_matchesChen() {
    double ratio = bullwhip(singleStage(1, 3), "b", Policies.orderUpTo(Forecast.movingAverage(5)),
        DemandProcesses.normal(100, 10));

    // 1 + 8/5 + 32/25 = 3.88.
    assertThat(ratio).isCloseTo(3.88, within(TOLERANCE * 3.88));
  }

  @Test
  void movingAverage_ar1Demand_matchesChen() {
    double ratio = bullwhip(singleStage(0, 2), "b", Policies.orderUpTo(Forecast.movingAverage(4)),
        DemandProcesses.ar1(100, 0.5, 10));

    // 1 + (2L/p + 2L^2/p^2)(1 - rho^p) = 1 + (1 + 0.5)(1 - 0.0625) = 2.40625.
    assertThat(ratio).isCloseTo(2.40625, within(TOLERANCE * 2.40625));
  }

  @Test
  void exponentialSmoothing_leadTimeOne_matchesChenRyanSimchiLevi() {
    double ratio = bullwhip(singleStage(0, 1), "b", Policies.orderUpTo(Forecast.exponentialSmoothing(0.3)),
        DemandProcesses.normal(100, 10));

    // 1 + 2L alpha + 2 L^2 alpha^2 / (2 - alpha) = 1 + 0.6 + 0.18 / 1.7 = 1.705882.
    assertThat(ratio).isCloseTo(1.705882, within(TOLERANCE * 1.705882));
  }

  /** m (source) -> s -> b -> c, L = 1 at both stages; a DATA flow c -> s with no delay carries consumer demand. */
  private static CompiledChain twoStages() {
    return CompiledChain.compile(SerialChain.of(
            GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build(),
            GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build(),
            GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .consumerFirst()
        .dataToS(0)
        .build());
  }

  private static SimulationResult runTwoStages(boolean sharing) {
    OrderingPolicy policy = Policies.orderUpTo(Forecast.movingAverage(5));
    Scenario scenario = Scenario.builder(TICKS + WARM_UP)
        .warmUp(WARM_UP)
        .seed(20_000_102)
        .negativeOrders(true)
        .policy("b", policy)
        .policy("s", policy)
        .demand(DemandProcesses.normal(100, 10))
        .informationSharing(sharing)
        .build();
    return Simulation.of(twoStages()).run(scenario);
  }

  @Test
  void twoStages_withDataLoop_upstreamMatchesCentralizedBound() {
    SimulationResult result = runTwoStages(true);
    double retailer = result.metrics("b").bullwhip().orElseThrow();
    double upstream = result.metrics("s").bullwhip().orElseThrow();

    // Chen et al. (2000), centralized demand information: 1 + 2(L1 + L2)/p + 2(L1 + L2)^2/p^2 = 1 + 0.8 + 0.32.
    // The bound is attained here: s sees D_t with the delay of b's orders (both 0), so
    // q_s = D_t + (L1 + L2)(D_t - D_{t-p})/p.
    assertThat(retailer).isCloseTo(1.48, within(TOLERANCE * 1.48));
    assertThat(upstream).isCloseTo(2.12, within(TOLERANCE * 2.12));
  }

  @Test
  void twoStages_withoutDataLoop_upstreamExceedsDecentralizedBound() {
    SimulationResult result = runTwoStages(false);
    double upstream = result.metrics("s").bullwhip().orElseThrow();

    // Decentralized: at least (1 + 2L1/p + 2L1^2/p^2)(1 + 2L2/p + 2L2^2/p^2) = 1.48^2 = 2.1904 (Chen et al.
    // 2000). Exactly, s forecasts from q_b = 1.2 D_t - 0.2 D_{t-5}, so q_s = 1.44 D_t - 0.48 D_{t-5} + 0.04 D_{t-10}
    // and the ratio is 1.44^2 + 0.48^2 + 0.04^2 = 2.3056.
    assertThat(upstream).isGreaterThan(2.1904);
    assertThat(upstream).isCloseTo(2.3056, within(TOLERANCE * 2.3056));
  }
}
