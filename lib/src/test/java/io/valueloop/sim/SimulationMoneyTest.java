package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Step 6: payments on shipment, fees and take rates, own costs, and the money ledger. */
class SimulationMoneyTest {
  private static final double TOLERANCE = 1e-12;

  /**
   * s (source, 100 on hand, unit cost 0.5, holding 0.1) sells at 2 to b (20 on hand, holding 0.2), which sells at 3
   * to c (demand 10). p charges b 1 per tick plus 10% of its consumer revenue, l 5% of b's purchases, f 2% of s's
   * revenue.
   */
  private static CompiledChain chain() {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(100).unitCost(0.5).holdingCost(0.1).build())
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(20).holdingCost(0.2).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .actor("p", Role.P)
        .actor("l", Role.L)
        .actor("f", Role.F)
        .trade("s", "b", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .trade("b", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .service("p", "b", new ServiceTerms(1, 0.1, FeeBase.CONSUMER_REVENUE))
        .service("l", "b", ServiceTerms.takeRate(0.05, FeeBase.PURCHASES))
        .service("f", "s", ServiceTerms.takeRate(0.02, FeeBase.REVENUE))
        .build());
  }

  private static SimulationResult run() {
    Scenario scenario = Scenario.builder(2).steadyStart(false)
        .policy("b", OrderingPolicy.of(v -> 30 - v.inventoryPosition()))
        .recordAll(Series.REVENUE).recordAll(Series.COST).recordAll(Series.PROFIT)
        .conservationCheck(true)
        .build();
    return Simulation.of(chain()).run(scenario);
  }

  @Test
  void run_paymentsFeesAndCosts_matchHandWorkedLedger() {
    SimulationResult r = run();

    // Tick 0: b sells 10 at 3 and buys 20 at 2; s ships 20 (unit cost 10) and keeps 80 (holding 8).
    // b: cost 40 + fee 1 + 0.1 * 30 + 0.05 * 40 + holding 0.2 * 10 = 48.
    // Tick 1: b sells 10, buys 10 (20 units at 2), holds 20; s ships 10 and holds 90.
    assertThat(r.series(Series.REVENUE, "b")).containsExactly(30, 30);
    assertThat(r.series(Series.COST, "b")).usingComparatorWithPrecision(TOLERANCE).containsExactly(48, 29);
    assertThat(r.series(Series.REVENUE, "s")).containsExactly(40, 20);
    assertThat(r.series(Series.COST, "s")).usingComparatorWithPrecision(TOLERANCE).containsExactly(18.8, 14.4);
    assertThat(r.series(Series.REVENUE, "p")).usingComparatorWithPrecision(TOLERANCE).containsExactly(4, 4);
    assertThat(r.series(Series.REVENUE, "l")).usingComparatorWithPrecision(TOLERANCE).containsExactly(2, 1);
    assertThat(r.series(Series.REVENUE, "f")).usingComparatorWithPrecision(TOLERANCE).containsExactly(0.8, 0.4);
    assertThat(r.series(Series.COST, "c")).containsExactly(30, 30);
    assertThat(r.series(Series.PROFIT, "s")).usingComparatorWithPrecision(TOLERANCE).containsExactly(21.2, 5.6);
  }

  @Test
  void metrics_valueCaptureSharesPlusOwnCosts_addUpToOne() {
    SimulationResult r = run();

    assertThat(r.consumerSpend()).isEqualTo(60);
    assertThat(r.ownCost()).isCloseTo(38, within(TOLERANCE));
    assertThat(r.metrics("b").profit()).isCloseTo(-17, within(TOLERANCE));
    assertThat(r.metrics("s").valueCaptureShare()).hasValueCloseTo(26.8 / 60, within(TOLERANCE));
    assertThat(r.metrics("c").valueCaptureShare()).isEmpty();
    double shares = 0;
    for (RoleMetrics m : r.roleMetrics().values()) {
      shares += m.valueCaptureShare().orElse(0);
    }
    assertThat(shares + r.ownCost() / r.consumerSpend()).isCloseTo(1, within(TOLERANCE));
    assertThat(r.metrics(Role.P).revenue()).isCloseTo(8, within(TOLERANCE));
  }

  @Test
  void run_backlog_costsItsPenaltyPerUnitOwed() {
    CompiledChain chain = SimFixtures.shop(
        Actor.builder().id("b").role(Role.B).initialInventory(12).backlogCost(2).holdingCost(0.5).build(), 15);

    SimulationResult r = Simulation.of(chain).run(Scenario.builder(2).steadyStart(false)
            .policy(Policies.fixedQuantity(0))
        .recordAll(Series.COST).recordAll(Series.BACKLOG).build());

    // Tick 0: 12 shipped, 3 owed (cost 6), nothing on hand; tick 1: 18 owed (cost 36).
    assertThat(r.series(Series.BACKLOG, "b")).containsExactly(3, 18);
    assertThat(r.series(Series.COST, "b")).containsExactly(6, 36);
    assertThat(r.metrics("b").meanBacklog()).isEqualTo(10.5);
  }

  @Test
  void run_goodsWithoutPayment_moveNoMoney() {
    CompiledChain chain = CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(5).build())
        .goods("b", "c", GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build())
        .build());

    SimulationResult r = Simulation.of(chain).run(Scenario.builder(3).steadyStart(false)
            .policy(Policies.fixedQuantity(0))
        .recordAll(Series.REVENUE).recordAll(Series.SHIPPED).conservationCheck(true).build());

    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(5, 5, 5);
    assertThat(r.series(Series.REVENUE, "b")).containsExactly(0, 0, 0);
    assertThat(r.consumerSpend()).isZero();
  }

  /**
   * A measured tick's revenue and cost are added to the metrics at the start of the next tick (and the last tick's
   * when the run finishes): what every measured tick's view shows adds up exactly to each actor's totals and the
   * segments' costs to the consumer spend, none lost or counted twice, on random chains with and without the
   * mechanics and the conservation check, on one, two and four threads.
   */
  @Test
  void run_randomChains_measuredTicksMoneyInViewsAddsUpToTheMetricsExactly() {
    for (int i = 0; i < 120; i++) {
      long seed = 0xCAFEL + 5_003L * i;
      SplittableRandom random = new SplittableRandom(seed);
      ValueChain chain = RandomScenarios.chain(random);
      Scenario drawn = RandomScenarios.scenario(random, chain);
      if (random.nextBoolean()) {
        drawn = RandomScenarios.withMechanics(random, chain, drawn);
      }
      Scenario scenario = drawn.toBuilder().conservationCheck(random.nextBoolean()).build();
      CompiledChain compiled = CompiledChain.compile(chain);
      int n = compiled.actorCount();
      for (int threads : new int[] {1, 2, 4}) {
        double[] revenue = new double[n];
        double[] cost = new double[n];
        int warmUp = scenario.warmUp();
        TickObserver seen = view -> {
          if (view.tick() >= warmUp) {
            for (int a = 0; a < n; a++) {
              revenue[a] += view.value(Series.REVENUE, a);
              cost[a] += view.value(Series.COST, a);
            }
          }
        };
        SimulationResult result = Simulation.of(compiled).withThreads(threads, 1).run(scenario, seen);
        double spend = 0;
        for (int a = 0; a < n; a++) {
          ActorMetrics m = result.actorMetrics().get(a);
          assertThat(m.revenue()).as("seed %d, %d threads, actor %d revenue", seed, threads, a).isEqualTo(revenue[a]);
          assertThat(m.cost()).as("seed %d, %d threads, actor %d cost", seed, threads, a).isEqualTo(cost[a]);
          spend += compiled.role(a) == Role.C ? cost[a] : 0;
        }
        assertThat(result.consumerSpend()).as("seed %d, %d threads", seed, threads).isEqualTo(spend);
      }
    }
  }
}
