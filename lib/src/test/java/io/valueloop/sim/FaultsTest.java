package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import org.junit.jupiter.api.Test;

class FaultsTest {

  private static CompiledChain shop() {
    return SimFixtures.shop(Actor.builder().id("b").role(Role.B).initialInventory(100).build(), 2);
  }

  private static double upFraction(double[] capacity) {
    int up = 0;
    for (double c : capacity) {
      up += c > 0 ? 1 : 0;
    }
    return (double) up / capacity.length;
  }

  @Test
  void geometricFault_isUpAFractionRepairOverFailurePlusRepair() {
    double p = 0.05;
    double r = 0.2;
    int ticks = 400_000;
    SimulationResult result = Simulation.of(shop()).run(Scenario.builder(ticks).seed(7)
        .fault(Fault.actor("b", Fault.Duration.geometric(p), Fault.Duration.geometric(r)))
        .record(Series.CAPACITY, "b").build());

    double measured = upFraction(result.series(Series.CAPACITY, "b"));

    // Two-state Markov chain: up a fraction r / (p + r) = 0.8 of the ticks; within 1 %.
    assertThat(measured).isCloseTo(r / (p + r), within(0.01 * r / (p + r)));
  }

  @Test
  void fixedFault_alternatesUpAndDownSpellsOfTheStatedLengths() {
    SimulationResult result = Simulation.of(shop()).run(Scenario.builder(12)
        .fault(Fault.actor("b", Fault.Duration.fixed(3), Fault.Duration.fixed(2)))
        .record(Series.CAPACITY, "b").build());

    double[] capacity = result.series(Series.CAPACITY, "b");
    boolean[] up = new boolean[capacity.length];
    for (int t = 0; t < up.length; t++) {
      up[t] = capacity[t] > 0;
    }
    assertThat(up).containsExactly(true, true, true, false, false, true, true, true, false, false, true, true);
  }

  @Test
  void fault_destroyingStock_takesTheFractionOfOnHandAtFailureAndConserves() {
    SimulationResult result = Simulation.of(shop()).run(Scenario.builder(6).steadyStart(false)
        .conservationCheck(true).policy(Policies.fixedQuantity(0))
        .fault(Fault.actor("b", Fault.Duration.fixed(2), Fault.Duration.fixed(10)).destroying(0.25))
        .record(Series.ON_HAND, "b").build());

    // Ticks 0 and 1 ship 2 each (100 -> 96); at tick 2 the fault destroys a quarter (24) and b ships nothing.
    assertThat(result.series(Series.ON_HAND, "b")).containsExactly(98, 96, 72, 72, 72, 72);
  }

  @Test
  void linkFault_holdsGoodsInTransitAndConserves() {
    CompiledChain chain = SimFixtures.serial(1000, 10, 3, GoodsTerms.builder().price(1).leadTime(3).orderDelay(1)
        .build(), GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build());
    SimulationResult result = Simulation.of(chain).run(Scenario.builder(2_000).seed(5).conservationCheck(true)
        .demand(DemandProcesses.poisson(3)).policy(Policies.reorderPoint(20, 20))
        .fault(Fault.link("s", "b", Fault.Duration.geometric(0.1), Fault.Duration.geometric(0.3)))
        .build());

    assertThat(result.metrics("b").meanBacklog()).isPositive();
  }

  @Test
  void fault_leavesTheDemandStreamAlone() {
    Scenario plain = Scenario.builder(200).seed(9).demand(DemandProcesses.poisson(2)).record(Series.ORDERS, "c")
        .build();
    Scenario faulty = plain.toBuilder()
        .fault(Fault.actor("b", Fault.Duration.geometric(0.1), Fault.Duration.geometric(0.5))).build();

    assertThat(Simulation.of(shop()).run(faulty).series(Series.ORDERS, "c"))
        .containsExactly(Simulation.of(shop()).run(plain).series(Series.ORDERS, "c"));
  }

  @Test
  void fault_ofAnUnknownActorIsRejectedWhenTheRunStarts() {
    Scenario scenario = Scenario.builder(10)
        .fault(Fault.actor("x", Fault.Duration.fixed(1), Fault.Duration.fixed(1)).destroying(0.5)).build();

    assertThatThrownBy(() -> Simulation.of(shop()).run(scenario))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fault actor must be an actor of the chain but was 'x'");
  }

  @Test
  void fault_ofAnUnknownLinkOrActorIsRejectedByNameEvenWithoutDestroyingStock() {
    Scenario scenario = Scenario.builder(10)
        .fault(Fault.actor("x", Fault.Duration.fixed(1), Fault.Duration.fixed(1)))
        .fault(Fault.link("c", "b", Fault.Duration.fixed(1), Fault.Duration.fixed(1))).build();

    assertThatThrownBy(() -> Simulation.of(shop()).run(scenario))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 problems")
        .hasMessageContaining("fault actor must be an actor of the chain but was 'x'")
        .hasMessageContaining("fault flow must be a goods flow of the chain but was none (c->b)");
  }

  @Test
  void duration_rejectsAProbabilityOutsideZeroToOne() {
    assertThatThrownBy(() -> Fault.Duration.geometric(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spell-ending probability must be in (0, 1] but was 0.0");
    assertThat(Fault.Duration.geometric(0.25).mean()).isEqualTo(4);
    assertThat(Fault.Duration.fixed(3).mean()).isEqualTo(3);
  }

  @Test
  void linkFault_cannotDestroyStock() {
    Fault link = Fault.link("s", "b", Fault.Duration.fixed(1), Fault.Duration.fixed(1));

    assertThatThrownBy(() -> link.destroying(0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("destroyed fraction must be set on an actor fault");
  }
}
