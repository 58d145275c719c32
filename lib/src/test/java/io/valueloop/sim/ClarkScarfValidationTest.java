package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clark and Scarf (1960): in a serial system, echelon base-stock levels {@code S^e} and the local levels
 * {@code S_i = S^e_i − S^e_{i−1}} (Snyder and Shen, Fundamentals of Supply Chain Theory, ch. 6) give the same sample
 * path, hence the same cost.
 */
class ClarkScarfValidationTest {

  private static final int TICKS = 2_000;
  private static final double LOCAL_B = 14;
  private static final double LOCAL_S = 11;

  /** m (ample outside supplier) -> s (stage 2) -> b (stage 1) -> c (Poisson demand). */
  private static CompiledChain serial() {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).initialInventory(1e9).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(LOCAL_S).holdingCost(0.5).backlogCost(1)
            .build())
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(LOCAL_B).holdingCost(1).backlogCost(9).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(4).build())
        .trade("m", "s", GoodsTerms.builder().price(1).leadTime(3).orderDelay(0).build())
        .trade("s", "b", GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build())
        .trade("b", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .build());
  }

  private static Scenario.Builder scenario() {
    return Scenario.builder(TICKS).seed(11).steadyStart(false).conservationCheck(true)
        .demand(DemandProcesses.poisson(4))
        .record(Series.ORDERS, "s", "b").record(Series.ON_HAND, "s", "b").record(Series.BACKLOG, "s", "b");
  }

  @Test
  void echelonBaseStock_givesTheSamplePathAndCostOfTheLocalLevels() {
    Simulation simulation = Simulation.of(serial());
    SimulationResult local = simulation.run(scenario()
        .policy("b", Policies.reorderPoint(LOCAL_B, LOCAL_B))
        .policy("s", Policies.reorderPoint(LOCAL_S, LOCAL_S))
        .build());
    SimulationResult echelon = simulation.run(scenario()
        .policy("b", Policies.echelonBaseStock(LOCAL_B))
        .policy("s", Policies.echelonBaseStock(LOCAL_B + LOCAL_S))
        .build());

    for (String id : List.of("s", "b")) {
      for (Series series : List.of(Series.ORDERS, Series.ON_HAND, Series.BACKLOG)) {
        assertThat(echelon.series(series, id)).as(series + " of " + id).containsExactly(local.series(series, id));
      }
      assertThat(echelon.metrics(id).cost()).isEqualTo(local.metrics(id).cost());
    }
    assertThat(local.metrics("b").meanBacklog()).as("the test exercises shortages").isPositive();
    assertThat(local.metrics("s").meanBacklog()).as("and stage 2 runs short too").isPositive();
  }

  @Test
  void echelonPosition_isTheWeightedSumOfTheLocalPositionsInATree() {
    // s -> b1 (coefficient 1), s -> b2 (coefficient 2: b2 needs two units of s per unit), both to segments.
    CompiledChain tree = CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(30).build())
        .actor(Actor.builder().id("b1").role(Role.B).initialInventory(5).build())
        .actor(Actor.builder().id("b2").role(Role.B).initialInventory(3).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(2).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(1).build())
        .trade("s", "b1", GoodsTerms.builder().price(1).leadTime(2).orderDelay(1).build())
        .trade("s", "b2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).inputCoefficient(2).build())
        .trade("b1", "c1", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .trade("b2", "c2", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .build());
    List<double[]> seen = new ArrayList<>();
    OrderingPolicy watching = actor -> view -> {
      seen.add(new double[] {view.echelonPosition(), view.inventoryPosition()});
      return Math.max(0, 60 - view.echelonPosition());
    };
    SimulationResult result = Simulation.of(tree).run(Scenario.builder(30).seed(3).steadyStart(false)
        .conservationCheck(true).demand(DemandProcesses.poisson(2))
        .policy("b1", Policies.reorderPoint(8, 8)).policy("b2", Policies.reorderPoint(4, 4)).policy("s", watching)
        .recordAll(Series.ON_HAND).recordAll(Series.BACKLOG).recordAll(Series.ON_ORDER).recordAll(Series.ORDERS)
        .build());

    for (int t = 0; t < 30; t++) {
      double b1 = position(result, "b1", t);
      double b2 = position(result, "b2", t);
      double sBefore = position(result, "s", t) - result.series(Series.ORDERS, "s")[t];
      assertThat(seen.get(t)[1]).isCloseTo(sBefore, within(1e-9));
      assertThat(seen.get(t)[0]).as("tick " + t).isCloseTo(sBefore + b1 + 2 * b2, within(1e-9));
    }
  }

  private static double position(SimulationResult result, String id, int t) {
    return result.series(Series.ON_HAND, id)[t] - result.series(Series.BACKLOG, id)[t]
        + result.series(Series.ON_ORDER, id)[t];
  }
}
