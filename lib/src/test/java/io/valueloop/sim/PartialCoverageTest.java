package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Partial consumer-data coverage: S's demand signal is the covered segments' shared demand plus the orders that carry
 * the uncovered segments' demand ({@link Simulation}, step 7).
 */
class PartialCoverageTest {

  /** m -> s -> b1, b2; b1 -> c1, b2 -> c2 (50 a tick each); the first {@code covered} segments send data to s. */
  private static CompiledChain chain(int covered) {
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).initialInventory(400).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(400).build())
        .trade("m", "s", GoodsTerms.builder().price(1).leadTime(2).orderDelay(1).build());
    for (int i = 1; i <= 2; i++) {
      b.actor(Actor.builder().id("b" + i).role(Role.B).initialInventory(200).build())
          .actor(Actor.builder().id("c" + i).role(Role.C).demand(50).build())
          .trade("s", "b" + i, GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build())
          .trade("b" + i, "c" + i, GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
      if (i <= covered) {
        b.data("c" + i, "s", 1);
      }
    }
    return CompiledChain.compile(b.build());
  }

  private static Scenario scenario(int ticks, long replication) {
    return Scenario.builder(ticks).warmUp(ticks / 10).steadyStart(true).replication(replication)
        .demand(DemandProcesses.normal(50, 10))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5), 2))
        .record(Series.DEMAND_SIGNAL, "s")
        .build();
  }

  @Test
  void run_halfCoveredConstantDemand_signalIsTheWholeDemand() {
    // Everyone passes orders on (lot-for-lot), pipelines start empty.
    Scenario constant = Scenario.builder(30).steadyStart(false).record(Series.DEMAND_SIGNAL, "s").build();

    SimulationResult r = Simulation.of(chain(1)).run(constant);

    // c1's 50 is shared (delay 1; before tick 0 its nominal 50); c2's 50 comes in as b2's orders, which b2 sends
    // from tick 0 with order delay 1. So the signal is 50 at tick 0 and 100 from tick 1, not the covered 50 alone.
    double[] signal = r.series(Series.DEMAND_SIGNAL, "s");
    assertThat(signal[0]).isEqualTo(50);
    for (int tick = 1; tick < signal.length; tick++) {
      assertThat(signal[tick]).as("tick %d", tick).isEqualTo(100);
    }
    assertThat(r.metrics("s").fillRate()).hasValue(1.0);
  }

  @Test
  void run_buyerServingCoveredAndUncoveredSegments_ordersAttributedByItsUncoveredShare() {
    // m -> s -> b -> c1 (30 a tick, data to s), c2 (10 a tick, no data): b's orders are 3/4 covered demand, so s
    // counts a quarter of them on top of c1's shared 30. Demand steps to 60 and 20 at tick 10.
    CompiledChain chain = CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).initialInventory(1000).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(1000).build())
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(1000).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(30).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(10).build())
        .trade("m", "s", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .trade("s", "b", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .trade("b", "c1", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .trade("b", "c2", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .data("c1", "s", 0)
        .build());
    Scenario scenario = Scenario.builder(20).record(Series.DEMAND_SIGNAL, "s").conservationCheck(true)
        .demand("c1", DemandProcesses.step(30, 60, 10)).demand("c2", DemandProcesses.step(10, 20, 10)).build();

    double[] signal = Simulation.of(chain).run(scenario).series(Series.DEMAND_SIGNAL, "s");

    // Before the step: 30 + 40/4 = 40; after it (b passes 80 on at once, order delay 0): 60 + 80/4 = 80.
    assertThat(signal[9]).isEqualTo(40);
    assertThat(signal[10]).isEqualTo(80);
    assertThat(signal[19]).isEqualTo(80);
  }

  @Test
  void run_coverageNoneHalfAll_fillRatesHighAndBullwhipOrdered() {
    int replications = 6;
    double[] bullwhip = new double[3];
    for (int covered = 0; covered <= 2; covered++) {
      Simulation simulation = Simulation.of(chain(covered));
      for (int rep = 0; rep < replications; rep++) {
        SimulationResult r = simulation.run(scenario(1000, rep));
        assertThat(r.metrics("s").fillRate().orElseThrow()).as("fill rate, %d of 2 covered", covered)
            .isGreaterThan(0.9);
        double[] signal = r.series(Series.DEMAND_SIGNAL, "s");
        double mean = 0;
        for (int tick = 100; tick < signal.length; tick++) {
          mean += signal[tick] / (signal.length - 100);
        }
        assertThat(mean).as("mean signal, %d of 2 covered", covered).isCloseTo(100, Offset.offset(3.0));
        bullwhip[covered] += r.metrics("s").bullwhip().orElseThrow() / replications;
      }
    }
    // Measured: about 8.1 (all), 13.0 (half), 16.8 (none).
    assertThat(bullwhip[2]).isLessThanOrEqualTo(bullwhip[1]);
    assertThat(bullwhip[1]).isLessThanOrEqualTo(bullwhip[0]);
  }
}
