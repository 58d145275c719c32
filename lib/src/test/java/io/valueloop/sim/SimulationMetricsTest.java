package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import org.junit.jupiter.api.Test;

/** Bullwhip ratio, fill rate and means on cases checked by hand. */
class SimulationMetricsTest {

  /** s (1e6 on hand) -> b -> c (nominal demand 15), every trade at price 1 with lead time 1. */
  private static Simulation serial(double businessStock) {
    return Simulation.of(SimFixtures.serial(1e6, businessStock, 15, GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build(), GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build()));
  }

  @Test
  void bullwhip_alternatingDemandAmplifiedTwice_isFour() {
    // Demand 10, 20, 10, ... (variance 25); b orders 2 * incoming - 15 = 5, 25, ... (variance 100); s passes
    // b's orders on, so its ratio against the same consumer demand is 4 as well.
    Scenario scenario = Scenario.builder(10).steadyStart(false).warmUp(2)
        .demand("c", TestDemand.of(t -> t % 2 == 0 ? 10 : 20))
        .policy("b", OrderingPolicy.of(v -> 2 * v.incomingOrders() - 15))
        .build();

    SimulationResult r = serial(1e6).run(scenario);

    assertThat(r.metrics("b").bullwhip()).hasValueCloseTo(4.0, within(1e-12));
    assertThat(r.metrics("b").orderVariance()).isCloseTo(100, within(1e-9));
    assertThat(r.metrics("b").demandVariance()).isCloseTo(25, within(1e-9));
    assertThat(r.metrics("s").bullwhip()).hasValueCloseTo(4.0, within(1e-12));
    assertThat(r.metrics(Role.B).bullwhip()).hasValueCloseTo(4.0, within(1e-12));
    assertThat(r.metrics("c").bullwhip()).isEmpty();
    assertThat(r.measuredTicks()).isEqualTo(8);
  }

  @Test
  void bullwhip_constantDemand_isEmpty() {
    SimulationResult r = serial(1e6).run(Scenario.builder(10).steadyStart(false).build());

    assertThat(r.metrics("b").bullwhip()).isEmpty();
    assertThat(r.metrics("b").fillRate()).hasValue(1.0);
  }

  @Test
  void fillRate_countsUnitsShippedInTheTickTheirOrderArrived() {
    // b (12 on hand) faces 15 a tick. Tick 0: 12 of 15 shipped at once. b's order of 20 arrives at tick 1:
    // 18 owed (3 old + 15 new) are shipped, of which 15 count against the new orders. (12 + 15) / 30 = 0.9.
    Scenario scenario = Scenario.builder(2).steadyStart(false)
            .policy("b", OrderingPolicy.of(v -> v.tick() == 0 ? 20 : 0)).build();

    SimulationResult r = serial(12).run(scenario);

    assertThat(r.metrics("b").fillRate()).hasValueCloseTo(0.9, within(1e-12));
    assertThat(r.metrics("b").meanOnHand()).isCloseTo(1, within(1e-12));
    assertThat(r.metrics("b").meanBacklog()).isCloseTo(1.5, within(1e-12));
    assertThat(r.metrics(Role.B).fillRate()).hasValueCloseTo(0.9, within(1e-12));
    assertThat(r.metrics("c").fillRate()).isEmpty();
  }

  @Test
  void metrics_leaveTheWarmUpOut() {
    Scenario scenario = Scenario.builder(4).steadyStart(false).warmUp(1)
        .policy("b", OrderingPolicy.of(v -> v.tick() == 0 ? 20 : 0)).build();

    SimulationResult r = serial(12).run(scenario);

    // Measured ticks 1..3: on hand 2, 0, 0 (tick 2 ships the 2 left); backlog 0, 13, 28; filled 15, 2, 0 of 15 each.
    assertThat(r.metrics("b").meanOnHand()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.metrics("b").meanBacklog()).isCloseTo(41.0 / 3, within(1e-12));
    assertThat(r.metrics("b").fillRate()).hasValueCloseTo(17.0 / 45, within(1e-12));
  }
}
