package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/** Arguments are checked with messages that name the value and the actor or flow. */
class SimulationValidationTest {

  private static CompiledChain serial(GoodsTerms upstream) {
    return CompiledChain.compile(
        SimFixtures.serialBuilder(10, 0, 1, upstream, GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build()).actor("p", Role.P).build());
  }

  private static Simulation simulation() {
    return Simulation.of(serial(GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build()));
  }

  @Test
  void of_leadTimeZero_isRejectedNamingTheFlow() {
    assertThatThrownBy(() -> Simulation.of(serial(GoodsTerms.builder().price(1).leadTime(0).orderDelay(1).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leadTime must be at least 1 tick in a simulation but was 0 (GOODS s->b)");
  }

  @Test
  void of_orderDelayZeroInsideAGoodsCycle_isRejectedNamingTheFlow() {
    CompiledChain cycle = CompiledChain.compile(ValueChain.builder()
        .actor("m1", Role.M)
        .actor("m2", Role.M)
        .trade("m1", "m2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInputCoefficient(0.1).withInput("a"))
        .trade("m2", "m1", GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build().withInputCoefficient(0.1).withInput("b"))
        .build());

    assertThatThrownBy(() -> Simulation.of(cycle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderDelay must be at least 1 tick inside a goods cycle but was 0 (GOODS m1->m2)");
  }

  @Test
  void run_unknownOrNonOrderingPolicyActor_isRejected() {
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1).policy("x", Scenario.DEFAULT_POLICY).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy actor must be an actor of the chain that orders goods but was 'x' (unknown actor)");
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1).policy("p", Scenario.DEFAULT_POLICY).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'p'");
  }

  @Test
  void run_demandForANonConsumer_isRejected() {
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1).demand("b", TestDemand.of(t -> 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand segment must be a consumer segment of the chain but was 'b' (role B)");
  }

  @Test
  void run_eventsOnUnknownTargets_areRejected() {
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1).event(Event.actorOutage("x", 0, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor outage actor must be an actor of the chain but was 'x'");
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1).event(Event.linkOutage("b", "s", 0, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("link outage flow must be a goods flow of the chain but was none (b->s)");
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1).event(Event.demandShock("b", 0, 1, 2)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand shock target must be a consumer segment but was role B (b)");
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1)
        .event(Event.policyChange("p", 0, Scenario.DEFAULT_POLICY)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy change actor must order goods");
  }

  @Test
  void run_unknownRecordedActor_isRejected() {
    assertThatThrownBy(() -> simulation().run(Scenario.builder(1).record(Series.ON_HAND, "x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recorded actor must be an actor of the chain but was 'x' (series ON_HAND)");
  }

  @Test
  void run_ruleOrderingNaN_failsNamingActorAndTick() {
    Scenario scenario = Scenario.builder(3).policy("b", OrderingPolicy.of(v -> v.tick() == 1 ? Double.NaN : 0))
        .build();

    assertThatThrownBy(() -> simulation().run(scenario))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("order must be finite but was NaN (actor b, tick 1)");
  }

  @Test
  void run_negativeDemand_failsNamingSegmentAndTick() {
    Scenario scenario = Scenario.builder(3).demand(TestDemand.of(t -> t == 2 ? -1 : 1)).build();

    assertThatThrownBy(() -> simulation().run(scenario))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demand must be finite and non-negative but was -1.0 (segment c, tick 2)");
  }

  @Test
  void run_nullArguments_areRejected() {
    assertThatThrownBy(() -> simulation().run(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> simulation().run(Scenario.of(1), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Simulation.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void scenario_invalidSettings_areRejected() {
    assertThatThrownBy(() -> Scenario.builder(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ticks must be positive but was 0");
    assertThatThrownBy(() -> Scenario.builder(5).warmUp(5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("warmUp must be in [0, 5) but was 5");
    assertThatThrownBy(() -> Scenario.builder(5).productionLeadTime(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("productionLeadTime must be at least 1 but was 0");
    assertThatThrownBy(() -> Scenario.builder(5).replication(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("replication must be non-negative but was -1");
    assertThatThrownBy(() -> Scenario.builder(5).record(Series.ON_HAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actorIds must be non-empty but was [] (series ON_HAND)");
    assertThatThrownBy(() -> Scenario.builder(5).policy(" ", Scenario.DEFAULT_POLICY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("actorId must be non-blank but was ' '");
  }

  @Test
  void event_invalidValues_areRejected() {
    assertThatThrownBy(() -> Event.actorOutage("a", -1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("event start tick must be non-negative but was -1");
    assertThatThrownBy(() -> Event.linkOutage("a", "b", 3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event end tick must be greater than the start tick 3 but was 3");
    assertThatThrownBy(() -> Event.capacityShock("a", 0, 1, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity shock factor must be finite and non-negative but was -0.5 (a)");
    assertThatThrownBy(() -> Event.demandShock("c", 0, 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand shock factor must be finite and non-negative but was NaN (c)");
    assertThatThrownBy(() -> Event.priceChange("a", "b", 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be finite and non-negative but was Infinity (a->b)");
    assertThatThrownBy(() -> Event.policyChange("a", 0, null)).isInstanceOf(NullPointerException.class);
  }
}
