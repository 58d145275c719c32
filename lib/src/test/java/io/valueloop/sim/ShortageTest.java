package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class ShortageTest {

  private static final GoodsTerms ONE_TICK = GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build();
  private static final GoodsTerms SALE = GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build();

  /** E[min(D, S)] for D ~ Poisson(λ), from the pmf. */
  private static double expectedMin(double lambda, int level) {
    double pmf = Math.exp(-lambda);
    double below = 0;
    double sum = 0;
    for (int k = 0; k < level; k++) {
      sum += k * pmf;
      below += pmf;
      pmf *= lambda / (k + 1);
    }
    return sum + level * (1 - below);
  }

  @Test
  void lostSales_oneStageBaseStockFillRateIsExpectedMinOfDemandAndLevelOverMean() {
    double lambda = 5;
    int level = 6;
    CompiledChain chain = SimFixtures.serial(1e12, level, lambda, ONE_TICK, SALE);
    SimulationResult result = Simulation.of(chain).run(Scenario.builder(200_000).seed(42).steadyStart(false)
        .demand(DemandProcesses.poisson(lambda)).shortage(Shortage.lost())
        .policy("b", Policies.reorderPoint(level, level)).record(Series.ORDERS, "c").build());

    double demand = DoubleStream.of(result.series(Series.ORDERS, "c")).sum();
    double fillRate = 1 - result.lostSales("b").units() / demand;
    double expected = expectedMin(lambda, level) / lambda;

    // Lost sales with L = 1: the shop starts every tick at S, sells min(D, S) and orders it back, so the fill rate is
    // the newsvendor's expected sales over the mean, E[min(D, S)] / λ (Snyder and Shen, Fundamentals of Supply Chain
    // Theory, the newsvendor model); 200 000 ticks, within 1 %.
    assertThat(fillRate).isCloseTo(expected, within(0.01 * expected));
    assertThat(result.metrics("b").fillRate().getAsDouble()).isCloseTo(expected, within(0.01 * expected));
    assertThat(result.metrics("b").meanBacklog()).isZero();
    assertThat(result.lostSales("b").revenue()).isEqualTo(3 * result.lostSales("b").units());
    assertThat(result.lostDemand("c")).isEqualTo(result.lostSales("b"));
  }

  private static SimulationResult outage(Shortage rule) {
    CompiledChain chain = SimFixtures.serial(1000, 100, 2, ONE_TICK, SALE);
    return Simulation.of(chain).run(Scenario.builder(8).steadyStart(false).conservationCheck(true)
        .policy(Policies.fixedQuantity(0)).shortage("c", rule).event(Event.actorOutage("b", 0, 5))
        .record(Series.SHIPPED, "b").record(Series.BACKLOG, "b").build());
  }

  @Test
  void backorder_shipsEverythingOwedAfterTheOutage() {
    SimulationResult result = outage(Shortage.backorder());

    assertThat(result.series(Series.SHIPPED, "b")).containsExactly(0, 0, 0, 0, 0, 12, 2, 2);
    assertThat(result.lostSales("b").units()).isZero();
  }

  @Test
  void lostSales_loseEveryOrderNotShippedInItsTick() {
    SimulationResult result = outage(Shortage.lost());

    assertThat(result.series(Series.SHIPPED, "b")).containsExactly(0, 0, 0, 0, 0, 2, 2, 2);
    assertThat(result.series(Series.BACKLOG, "b")).containsOnly(0);
    assertThat(result.lostSales("b")).isEqualTo(new LostDemand(10, 30));
  }

  @Test
  void patience_losesOrdersThatWaitedTheirPatienceAndServesTheOldestFirst() {
    SimulationResult result = outage(Shortage.patience(2));

    // Orders of ticks 0, 1, 2 wait until ticks 2, 3, 4 and are lost; those of 3, 4 and 5 are shipped at tick 5.
    assertThat(result.series(Series.SHIPPED, "b")).containsExactly(0, 0, 0, 0, 0, 6, 2, 2);
    assertThat(result.series(Series.BACKLOG, "b")).containsExactly(2, 4, 4, 4, 4, 0, 0, 0);
    assertThat(result.lostSales("b").units()).isEqualTo(6);
  }

  @Test
  void lostTrade_takesTheLostUnitsOffTheBuyersSupplyLineAndConserves() {
    CompiledChain chain = CompiledChain.compile(SimFixtures.serialBuilder(0, 20, 4, ONE_TICK, SALE)
        .actor(Actor.builder().id("m").role(Role.M).initialInventory(50).build())
        .trade("m", "s", ONE_TICK).build());
    SimulationResult result = Simulation.of(chain).run(Scenario.builder(300).seed(3).conservationCheck(true)
        .demand(DemandProcesses.poisson(4)).policy(Policies.reorderPoint(12, 12))
        .shortage("s", "b", Shortage.lost()).shortage("c", Shortage.patience(1))
        .event(Event.actorOutage("m", 20, 40)).record(Series.ON_ORDER, "b").build());

    assertThat(result.lostSales("s").units()).isPositive();
    assertThat(result.lostDemand("b")).isEqualTo(result.lostSales("s"));
    // Lost units leave b's supply line: with order-up-to 12 its supply line never exceeds 12 + one tick of demand.
    assertThat(DoubleStream.of(result.series(Series.ON_ORDER, "b")).max().getAsDouble()).isLessThan(40);
  }

  @Test
  void shortage_thatLosesDemandIsRejectedWithNegativeOrders() {
    assertThatThrownBy(() -> Scenario.builder(5).negativeOrders(true).shortage(Shortage.lost()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shortage rule must be backorder when negative orders are allowed");
  }

  @Test
  void shortageRules_withSeveralProblems_reportThemAllAtOnce() {
    CompiledChain chain = SimFixtures.serial(50, 20, 4, ONE_TICK, SALE);
    Scenario scenario = Scenario.builder(5).shortage("ghost", Shortage.lost()).shortage("s", "c", Shortage.lost())
        .shortage("x", "y", Shortage.patience(2)).shortage("s", "b", Shortage.lost()).build();

    assertThatThrownBy(() -> Simulation.of(chain).run(scenario)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid scenario for the chain: 4 problems")
        .hasMessageContaining("shortage actor must be an actor of the chain but was 'ghost'")
        .hasMessageContaining("shortage flow must be a goods flow of the chain but was none (s->c)")
        .hasMessageContaining("shortage actor must be an actor of the chain but was 'x'")
        .hasMessageContaining("shortage actor must be an actor of the chain but was 'y'");
  }

  @Test
  void patience_rejectsNegativeTicks() {
    assertThatThrownBy(() -> Shortage.patience(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patience must be in [0, 2^29) ticks or unlimited but was -1");
    assertThat(Shortage.patience(0)).isEqualTo(Shortage.lost());
    assertThat(Shortage.backorder().backordered()).isTrue();
  }
}
