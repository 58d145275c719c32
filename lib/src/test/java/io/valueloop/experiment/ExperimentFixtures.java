package io.valueloop.experiment;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.testing.SerialChain;

/** The small chain and scenarios the experiment tests share. */
final class ExperimentFixtures {
  /** The seed every fixture scenario uses, so that they share common random numbers. */
  static final long SEED = 20_261_125L;

  private ExperimentFixtures() {}

  /**
   * Returns the simulation of the serial chain m -> s -> b -> c (lead times 2, 2 and 1, no order delays) with a DATA
   * flow c -> s of delay 0, so that s can see consumer demand when information is shared.
   */
  static Simulation serial() {
    return Simulation.of(CompiledChain.compile(SerialChain.of(
            GoodsTerms.builder().price(1).leadTime(2).orderDelay(0).build(),
            GoodsTerms.builder().price(2).leadTime(2).orderDelay(0).build(),
            GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .consumerFirst()
        .dataToS(0)
        .build()));
  }

  /**
   * Returns a short scenario on {@link #serial()}: normal demand N(100, 10²), order-up-to with a 5-tick moving
   * average everywhere, negative orders allowed (Chen et al.'s setting), a warm-up of 20 ticks.
   */
  static Scenario.Builder noisy(int ticks, boolean sharing) {
    return Scenario.builder(ticks)
        .warmUp(20)
        .seed(SEED)
        .negativeOrders(true)
        .demand(DemandProcesses.normal(100, 10))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5)))
        .informationSharing(sharing);
  }
}
