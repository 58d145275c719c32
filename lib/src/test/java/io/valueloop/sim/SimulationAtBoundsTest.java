package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Limits;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/** Issue 9 point 3: inputs at the bounds of {@link Limits} give finite results; beyond them they are refused. */
class SimulationAtBoundsTest {
  private static final double MAX = Limits.MAX_AMOUNT;

  private static CompiledChain chainAtBounds() {
    GoodsTerms terms = GoodsTerms.builder().price(MAX).leadTime(2).orderDelay(1).build();
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).unitCost(MAX).holdingCost(MAX).backlogCost(MAX)
            .initialInventory(MAX).build())
        .actor(Actor.builder().id("b").role(Role.B).unitCost(MAX).holdingCost(MAX).backlogCost(MAX)
            .initialInventory(MAX).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(MAX).build())
        .trade("s", "b", terms)
        .trade("b", "c", terms)
        .build());
  }

  @Test
  void run_everyAmountAtItsBound_givesFiniteMetricsAndKeepsConservation() {
    Scenario scenario = Scenario.builder(200)
        .conservationCheck(true)
        .policy(Policies.orderUpTo(Forecast.movingAverage(4), 1.0))
        .demand(DemandProcesses.normal(MAX, MAX / 3))
        .event(Event.demandShock("c", 50, 60, Limits.MAX_SHOCK_FACTOR))
        .build();

    SimulationResult result = Simulation.of(chainAtBounds()).run(scenario);

    for (ActorMetrics m : result.actorMetrics()) {
      assertThat(m.revenue()).as(m.id()).isFinite();
      assertThat(m.cost()).as(m.id()).isFinite();
      assertThat(m.profit()).as(m.id()).isFinite();
      assertThat(m.meanOnHand()).as(m.id()).isFinite();
      assertThat(m.meanBacklog()).as(m.id()).isFinite();
      m.valueCaptureShare().ifPresent(share -> assertThat(share).as(m.id()).isFinite());
      m.bullwhip().ifPresent(bullwhip -> assertThat(bullwhip).as(m.id()).isFinite());
    }
    assertThat(result.consumerSpend()).isFinite().isPositive();
  }

  @Test
  void demandShock_factorBeyondTheBound_isRefusedNamingTheSegment() {
    assertThatThrownBy(() -> Event.demandShock("c", 0, 1, 1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand shock factor must be at most 1000000 but was 1.0E308 (c)");
    assertThatThrownBy(() -> Event.capacityShock("s", 0, 1, 1e7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity shock factor must be at most 1000000 but was 1.0E7 (s)");
    assertThatThrownBy(() -> Event.priceChange("s", "b", 0, 1e300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be at most 1000000000000 but was 1.0E300 (s->b)");
  }

  @Test
  void demandProcesses_amountsBeyondTheBound_areRefused() {
    assertThatThrownBy(() -> DemandProcesses.constant(1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("constant demand must be at most 1000000000000 but was 1.0E308");
    assertThatThrownBy(() -> DemandProcesses.normal(1, 1e13)).hasMessageStartingWith("normal sd must be at most");
    assertThatThrownBy(() -> DemandProcesses.replay(new double[] {1, 1e300}))
        .hasMessage("replay demand must be at most 1000000000000 but was 1.0E300 (tick 1)");
    assertThatThrownBy(() -> DemandProcesses.constant(-1)).hasMessage("constant demand must be finite and non-negative"
        + " but was -1.0");
  }
}
