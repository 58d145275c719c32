package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import org.junit.jupiter.api.Test;

/** Step order and the lead-time convention on tiny chains worked by hand. */
class SimulationStepOrderTest {

  /** s (source, 100 on hand) -> b (20 on hand) -> c (demand 10), s -> b with the given delays. */
  private static CompiledChain serial(int orderDelay, int leadTime) {
    return SimFixtures.serial(100, 20, 10, GoodsTerms.builder().price(2).leadTime(leadTime).orderDelay(orderDelay).build(), GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
  }

  private static Scenario.Builder recordEverything(int ticks) {
    return SimFixtures.recording(ticks, Series.values());
  }

  @Test
  void run_orderDelayZeroLeadTimeOne_matchesHandWorkedTicks() {
    Scenario scenario = recordEverything(3)
        .policy("b", OrderingPolicy.of(v -> 30 - v.inventoryPosition()))
        .build();

    SimulationResult r = Simulation.of(serial(0, 1)).run(scenario);

    // Tick 0: b ships 10 of its 20 to c, orders 30 - 10 = 20; s (order delay 0) gets the 20 the same tick,
    // ships it and releases 20 to production. Tick 1: b receives 20 (on hand 30), ships 10, orders 10.
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(10, 10, 10);
    assertThat(r.series(Series.ORDERS, "b")).containsExactly(20, 10, 10);
    assertThat(r.series(Series.ON_HAND, "b")).containsExactly(10, 20, 20);
    assertThat(r.series(Series.ON_ORDER, "b")).containsExactly(20, 10, 10);
    assertThat(r.series(Series.INCOMING_ORDERS, "s")).containsExactly(20, 10, 10);
    assertThat(r.series(Series.SHIPPED, "s")).containsExactly(20, 10, 10);
    assertThat(r.series(Series.ON_HAND, "s")).containsExactly(80, 90, 90);
    assertThat(r.series(Series.RECEIVED, "c")).containsExactly(0, 10, 10);
    assertThat(r.series(Series.REVENUE, "b")).containsExactly(30, 30, 30);
    assertThat(r.series(Series.COST, "b")).containsExactly(40, 20, 20);
  }

  @Test
  void run_orderDelayTwoLeadTimeTwo_goodsUsableFourTicksAfterTheOrder() {
    Scenario scenario = recordEverything(7)
        .policy("b", OrderingPolicy.of(v -> v.tick() == 0 ? 5 : 0))
        .build();

    SimulationResult r = Simulation.of(serial(2, 2)).run(scenario);

    // Ordered at step 8 of tick 0, reaches s at step 4 of tick 2, arrives at b at step 2 of tick 4 (L = 4).
    assertThat(r.series(Series.INCOMING_ORDERS, "s")).containsExactly(0, 0, 5, 0, 0, 0, 0);
    assertThat(r.series(Series.SHIPPED, "s")).containsExactly(0, 0, 5, 0, 0, 0, 0);
    assertThat(r.series(Series.RECEIVED, "b")).containsExactly(0, 0, 0, 0, 5, 0, 0);
    assertThat(r.series(Series.ON_ORDER, "b")).containsExactly(5, 5, 5, 5, 0, 0, 0);
    // b has 20, ships 10 a tick: 10, 0 (backlog from tick 2), then the 5 arriving at tick 4 go to the backlog.
    assertThat(r.series(Series.ON_HAND, "b")).containsExactly(10, 0, 0, 0, 0, 0, 0);
    assertThat(r.series(Series.BACKLOG, "b")).containsExactly(0, 0, 10, 20, 25, 35, 45);
  }
}
