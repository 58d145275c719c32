package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Producers with several inputs, sources, negative orders and the steady start. */
class SimulationProductionTest {

  /** m needs 2 steel (from s1, lead 1) and 1 chip (from s2, lead 2) per unit and sells to c (demand 3). */
  private static CompiledChain assembler(double chipsOnHand) {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("s1").role(Role.S).initialInventory(100).build())
        .actor(Actor.builder().id("s2").role(Role.S).initialInventory(chipsOnHand).build())
        .actor("m", Role.M)
        .actor(Actor.builder().id("c").role(Role.C).demand(3).build())
        .trade("s1", "m", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("steel").withInputCoefficient(2))
        .trade("s2", "m", GoodsTerms.builder().price(1).leadTime(2).orderDelay(0).build().withInput("chips"))
        .trade("m", "c", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build())
        .build());
  }

  @Test
  void run_assembler_ordersPerCoefficientAndMakesWhatTheScarcestInputAllows() {
    List<Integer> leadTimes = new ArrayList<>();
    Scenario scenario = Scenario.builder(4).steadyStart(false)
        .policy("m", view -> {
          leadTimes.add(view.leadTime());
          return v -> v.tick() == 0 ? 3 : 0;
        })
        .recordAll(Series.RECEIVED).recordAll(Series.SHIPPED).recordAll(Series.ON_ORDER).recordAll(Series.ORDERS)
        .recordAll(Series.INCOMING_ORDERS)
        .conservationCheck(true)
        .build();

    SimulationResult r = Simulation.of(assembler(2)).run(scenario);

    // Order 3 means 6 steel and 3 chips. s2 holds only 2 chips: ships 2 at tick 0, 1 at tick 1 (from production).
    // Tick 1: 6 steel arrive, no chips: nothing made. Tick 2: 2 chips: 2 made (2 steel left). Tick 3: 1 chip: 1.
    assertThat(r.series(Series.INCOMING_ORDERS, "s1")).containsExactly(6, 0, 0, 0);
    assertThat(r.series(Series.INCOMING_ORDERS, "s2")).containsExactly(3, 0, 0, 0);
    assertThat(r.series(Series.RECEIVED, "m")).containsExactly(0, 6, 2, 1);
    assertThat(r.series(Series.SHIPPED, "m")).containsExactly(0, 0, 2, 1);
    // Supply line in own units (Rosling 1989): min over inputs of (held + on order) / requirement. Tick 1: steel
    // 6 held / 2 = 3, chips 3 on order / 1 = 3. Tick 2: steel 2 held / 2 = 1, chips 1 on order = 1. Tick 3: 0.
    assertThat(r.series(Series.ON_ORDER, "m")).containsExactly(3, 3, 1, 0);
    assertThat(leadTimes).containsExactly(2);
  }

  @Test
  void run_source_releasesToProductionLimitedByCapacityWithItsLeadTime() {
    CompiledChain chain = SimFixtures.shop(Actor.builder().id("m").role(Role.M).capacity(4).build(), 3);
    List<Integer> leadTimes = new ArrayList<>();
    Scenario scenario = Scenario.builder(5).steadyStart(false).productionLeadTime(3)
        .policy("m", view -> {
          leadTimes.add(view.leadTime());
          return v -> v.tick() == 0 ? 10 : 0;
        })
        .recordAll(Series.ORDERS).recordAll(Series.RECEIVED).recordAll(Series.ON_ORDER).recordAll(Series.SHIPPED)
        .conservationCheck(true)
        .build();

    SimulationResult r = Simulation.of(chain).run(scenario);

    // Release 10 cut to capacity 4 at tick 0, usable at tick 3; 9 owed by then, 4 shipped.
    assertThat(r.series(Series.ORDERS, "m")).containsExactly(4, 0, 0, 0, 0);
    assertThat(r.series(Series.RECEIVED, "m")).containsExactly(0, 0, 0, 4, 0);
    assertThat(r.series(Series.ON_ORDER, "m")).containsExactly(4, 4, 4, 0, 0);
    assertThat(r.series(Series.SHIPPED, "m")).containsExactly(0, 0, 0, 4, 0);
    assertThat(leadTimes).containsExactly(3);
  }

  /** s (10 on hand) -> b (nothing) -> c (wants nothing); b orders -5 at tick 0. */
  private static SimulationResult returns(boolean negativeOrders) {
    CompiledChain chain = SimFixtures.serial(10, 0, 0, GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build(), GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
    Scenario scenario = SimFixtures.recording(2, Series.ORDERS, Series.ON_HAND, Series.BACKLOG, Series.REVENUE,
            Series.SHIPPED)
        .negativeOrders(negativeOrders)
        .policy("b", OrderingPolicy.of(v -> v.tick() == 0 ? -5 : 0))
        .policy("s", Policies.fixedQuantity(0))
        .build();
    return Simulation.of(chain).run(scenario);
  }

  @Test
  void run_negativeOrdersNotAllowed_cutsThemToZero() {
    SimulationResult r = returns(false);

    assertThat(r.series(Series.ORDERS, "b")).containsExactly(0, 0);
    assertThat(r.series(Series.ON_HAND, "s")).containsExactly(10, 10);
  }

  @Test
  void run_negativeOrdersAllowed_travelAsReturnsAndNegativeStockIsBacklog() {
    SimulationResult r = returns(true);

    // s "ships" -5 (takes 5 back, refunding 10), b receives -5 at tick 1: net -5, reported as backlog.
    assertThat(r.series(Series.ORDERS, "b")).containsExactly(-5, 0);
    assertThat(r.series(Series.SHIPPED, "s")).containsExactly(-5, 0);
    assertThat(r.series(Series.ON_HAND, "s")).containsExactly(15, 15);
    assertThat(r.series(Series.REVENUE, "s")).containsExactly(-10, 0);
    assertThat(r.series(Series.ON_HAND, "b")).containsExactly(0, 0);
    assertThat(r.series(Series.BACKLOG, "b")).containsExactly(0, 5);
  }

  /** s -> b -> c (demand 4), 12 on hand at s and b, both trades with lead time 2 and order delay 2. */
  private static CompiledChain slowSerial() {
    return SimFixtures.serial(12, 12, 4, GoodsTerms.builder().price(1).leadTime(2).orderDelay(2).build(), GoodsTerms.builder().price(1).leadTime(2).orderDelay(2).build());
  }

  @Test
  void run_steadyStart_fillsPipelinesSoConstantDemandChangesNothing() {
    CompiledChain chain = slowSerial();
    List<Double> startSignals = new ArrayList<>();
    OrderingPolicy passOn = view -> {
      startSignals.add(view.demandSignal());
      return ActorView::demandSignal;
    };
    Scenario scenario = SimFixtures.recording(8, Series.ON_HAND, Series.RECEIVED, Series.ON_ORDER,
            Series.INCOMING_ORDERS)
        .steadyStart(true).productionLeadTime(3).policy(passOn)
        .build();

    SimulationResult r = Simulation.of(chain).run(scenario);

    assertThat(r.series(Series.ON_HAND, "b")).containsOnly(12);
    assertThat(r.series(Series.RECEIVED, "b")).containsOnly(4);
    assertThat(r.series(Series.INCOMING_ORDERS, "s")).containsOnly(4);
    assertThat(r.series(Series.ON_ORDER, "b")).containsOnly(16);
    assertThat(r.series(Series.ON_ORDER, "s")).containsOnly(12);
    assertThat(r.series(Series.ON_HAND, "s")).containsOnly(12);
    assertThat(startSignals).containsExactly(4.0, 4.0);
  }

  @Test
  void run_emptyStart_leavesPipelinesEmpty() {
    SimulationResult r = Simulation.of(slowSerial()).run(Scenario.builder(5).steadyStart(false)
            .recordAll(Series.RECEIVED).build());

    // b's first order (tick 2, when c's first order arrives) reaches s at 4 and arrives at 6.
    assertThat(r.series(Series.RECEIVED, "b")).containsOnly(0);
  }
}
