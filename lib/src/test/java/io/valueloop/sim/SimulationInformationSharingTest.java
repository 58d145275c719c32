package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/** Step 7: the demand signal with information sharing on and off. */
class SimulationInformationSharingTest {
  private static final double PRECISION = 1e-12;

  /**
   * s supplies b1 (coefficient 1) and b2 (coefficient 2); c (nominal demand 7) buys 1/4 from b1 and 3/4 from b2.
   * Data: c -> b1 (delay 1), c -> b2 (delay 1), b2 -> s (delay 2), and a slower direct c -> s (delay 5).
   */
  private static ValueChain.Builder chain() {
    return ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(1e6).build())
        .actor(Actor.builder().id("b1").role(Role.B).initialInventory(1e6).build())
        .actor(Actor.builder().id("b2").role(Role.B).initialInventory(1e6).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(7).build())
        .trade("s", "b1", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .trade("s", "b2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInputCoefficient(2))
        .trade("b1", "c", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.25))
        .trade("b2", "c", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.75));
  }

  private static SimulationResult run(ValueChain chain, boolean sharing) {
    Scenario scenario = Scenario.builder(6)
        .demand("c", TestDemand.of(t -> 10 + t))
        .informationSharing(sharing)
        .recordAll(Series.DEMAND_SIGNAL)
        .conservationCheck(true)
        .build();
    return Simulation.of(CompiledChain.compile(chain)).run(scenario);
  }

  @Test
  void sharingOn_signalIsWeightedConsumerDemandDelayedByTheShortestDataPath() {
    ValueChain chain = chain().data("c", "b1", 1).data("c", "b2", 1).data("b2", "s", 2).data("c", "s", 5).build();

    SimulationResult r = run(chain, true);

    // b1: 1/4 of demand one tick old; b2: 3/4; s: (1 * 1/4 + 2 * 3/4) = 1.75 units per unit of demand, over the
    // path c -> b2 -> s of delay 3. Before tick 0 the demand is the nominal 7.
    assertThat(r.series(Series.DEMAND_SIGNAL, "b1")).usingComparatorWithPrecision(PRECISION)
        .containsExactly(0.25 * 7, 0.25 * 10, 0.25 * 11, 0.25 * 12, 0.25 * 13, 0.25 * 14);
    assertThat(r.series(Series.DEMAND_SIGNAL, "b2")).usingComparatorWithPrecision(PRECISION)
        .containsExactly(0.75 * 7, 0.75 * 10, 0.75 * 11, 0.75 * 12, 0.75 * 13, 0.75 * 14);
    assertThat(r.series(Series.DEMAND_SIGNAL, "s")).usingComparatorWithPrecision(PRECISION)
        .containsExactly(1.75 * 7, 1.75 * 7, 1.75 * 7, 1.75 * 10, 1.75 * 11, 1.75 * 12);
  }

  @Test
  void sharingOff_signalIsTheActorsOwnIncomingOrders() {
    ValueChain chain = chain().data("c", "b1", 1).data("c", "b2", 1).data("b2", "s", 2).data("c", "s", 5).build();

    SimulationResult r = run(chain, false);

    // Default policy passes the signal on; order delays are 0, so s sees 1 * b1's + 2 * b2's order this tick.
    assertThat(r.series(Series.DEMAND_SIGNAL, "b1")).usingComparatorWithPrecision(PRECISION)
        .containsExactly(2.5, 2.75, 3, 3.25, 3.5, 3.75);
    assertThat(r.series(Series.DEMAND_SIGNAL, "s")).usingComparatorWithPrecision(PRECISION)
        .containsExactly(17.5, 19.25, 21, 22.75, 24.5, 26.25);
  }

  @Test
  void sharingOn_actorsNotReachedByData_keepTheirOwnOrders() {
    ValueChain chain = chain().data("c", "s", 0).build();

    SimulationResult r = run(chain, true);

    // Delay 0: s sees this tick's demand; b1 is not reached and sees its own incoming orders.
    assertThat(r.series(Series.DEMAND_SIGNAL, "s")).usingComparatorWithPrecision(PRECISION)
        .containsExactly(17.5, 19.25, 21, 22.75, 24.5, 26.25);
    assertThat(r.series(Series.DEMAND_SIGNAL, "b1")).usingComparatorWithPrecision(PRECISION)
        .containsExactly(2.5, 2.75, 3, 3.25, 3.5, 3.75);
  }

  @Test
  void withInformationSharing_switchesTheLoopWithoutRebuildingTheChain() {
    Simulation simulation = Simulation.of(CompiledChain.compile(chain().data("c", "s", 5).build()));
    Scenario on = Scenario.builder(8).demand("c", TestDemand.of(t -> 10 + t)).record(Series.DEMAND_SIGNAL, "s")
        .build();

    double[] shared = simulation.run(on).series(Series.DEMAND_SIGNAL, "s");
    double[] own = simulation.run(on.withInformationSharing(false)).series(Series.DEMAND_SIGNAL, "s");

    assertThat(on.informationSharing()).isTrue();
    assertThat(shared[7]).isEqualTo(1.75 * 12);
    assertThat(own[7]).isEqualTo(1.75 * 17);
  }
}
