package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/**
 * The assembler's inventory position (Rosling 1989; Snyder and Shen, Fundamentals of Supply Chain Theory, ch. 6):
 * {@code IP = onHand - backlog + min over inputs k of (held_k + onOrder_k) / r_k}, each input ordered up to the level
 * the finished-goods decision needs.
 */
class AssemblyInventoryPositionTest {

  /**
   * Three stages: sources s1 (steel, 10 on hand) and s2 (chips, 2 on hand), assembler m (one steel and one chip per
   * unit, nothing on hand), retailer b (6 on hand), consumers c (3 a tick). Every flow: lead time 1, order delay 0.
   */
  private static CompiledChain threeStages() {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("s1").role(Role.S).initialInventory(10).build())
        .actor(Actor.builder().id("s2").role(Role.S).initialInventory(2).build())
        .actor("m", Role.M)
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(6).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(3).build())
        .trade("s1", "m", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).input("steel").build())
        .trade("s2", "m", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).input("chips").build())
        .trade("m", "b", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .trade("b", "c", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build())
        .build());
  }

  @Test
  void run_threeStageAssemblyWithBaseStock_countsInputsHeldAndOrdersWholeUnits() {
    // Base stock 6 at m and b ((s, S) with s = S); sources pass orders on (lot-for-lot), production lead time 1.
    Scenario scenario = Scenario.builder(5).steadyStart(false)
        .policy("m", Policies.reorderPoint(6, 6))
        .policy("b", Policies.reorderPoint(6, 6))
        .recordAll(Series.ORDERS).recordAll(Series.ON_ORDER).recordAll(Series.SHIPPED).recordAll(Series.ON_HAND)
        .recordAll(Series.INCOMING_ORDERS).recordAll(Series.BACKLOG)
        .conservationCheck(true)
        .build();

    SimulationResult r = Simulation.of(threeStages()).run(scenario);

    // Hand calculation, tick by tick (actors act c, b, m, s1, s2; IP after shipping, before ordering):
    // t0: b ships 3 of 6 (3 left), IP 3, orders 3. m has nothing: owes 3, IP = 0 - 3 + min(0, 0) = -3, orders 9:
    //     9 steel, 9 chips. s1 ships 9 (1 left), releases 9. s2 ships its 2 chips, owes 7, releases 9.
    // t1: b ships its 3 (0 left), on order 3, IP 3, orders 3. m receives 9 steel and 2 chips, makes 2 (steel held
    //     7, chips 0); owes 3 + 3 = 6, ships 2, owes 4. Steel: held 7 + on order 0 = 7; chips: held 0 + on order 7
    //     = 7; IP = 0 - 4 + min(7, 7) = 3, orders 3: 3 steel, 3 chips. (The old rule left the 7 steel held out:
    //     IP = -4 + (0 + 7) / 2 = -0.5 and an order of 6.5 of each input, steel it already held included.)
    //     s1 (10 after production) ships 3, releases 3. s2 (9 after production) owes 10, ships 9, owes 1.
    // t2: b receives 2, owes 1 + 3, ships 2, owes 1; on order 3 + 3 - 2 = 4; IP = -1 + 4 = 3, orders 3. m
    //     receives 3 steel and 9 chips: holds 10 and 9, makes 9 (steel 1 left); owes 4 + 3 = 7, ships 7 (2 left).
    //     Steel: 1 held + 0 on order; chips: 0 held + 1 on order (12 ordered, 11 received); IP = 2 + min(1, 1) = 3,
    //     orders 3 of each. s2 ships 3 of the 4 it owes.
    // t3: b receives 7, owes 1 + 3, ships 4 (3 left), on order 0, IP 3, orders 3. m receives 3 steel and 3 chips:
    //     holds 4 and 3, makes 3 (steel 1 left); 5 on hand, ships 3 (2 left); steel 1 + 0, chips 0 + 1: IP = 2 + 1
    //     = 3, orders 3. From here every tick repeats t3: orders of 3 everywhere.
    assertThat(r.series(Series.ORDERS, "b")).containsExactly(3, 3, 3, 3, 3);
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(3, 3, 2, 4, 3);
    assertThat(r.series(Series.ORDERS, "m")).containsExactly(9, 3, 3, 3, 3);
    assertThat(r.series(Series.SHIPPED, "m")).containsExactly(0, 2, 7, 3, 3);
    assertThat(r.series(Series.BACKLOG, "m")).containsExactly(3, 4, 0, 0, 0);
    assertThat(r.series(Series.ON_HAND, "m")).containsExactly(0, 0, 2, 2, 2);
    // Recorded at the end of the tick, so with the tick's own order: 0 + 9, 7 + 3, 1 + 3, ...
    assertThat(r.series(Series.ON_ORDER, "m")).containsExactly(9, 10, 4, 4, 4);
    assertThat(r.series(Series.INCOMING_ORDERS, "s1")).containsExactly(9, 3, 3, 3, 3);
    assertThat(r.series(Series.INCOMING_ORDERS, "s2")).containsExactly(9, 3, 3, 3, 3);
    assertThat(r.series(Series.SHIPPED, "s2")).containsExactly(2, 9, 3, 3, 3);
  }

  @Test
  void run_steadyStartWithUnequalInputLeadTimes_staysSteady() {
    // Demand 2. Chips take 3 ticks (order delay 1 + lead time 2), steel 1. The steady start puts 2 steel and 6 chips
    // in the pipelines and holds 2 ticks of steel (4), so both inputs stand at 6. Tick 0: 2 steel and 2 chips arrive,
    // 2 are made and shipped; steel 4 held + 0 on order, chips 0 held + 4 on order: IP = 0 - 0 + min(4, 4) = 4, and
    // order-up-to with L = 3 and forecast 2 orders 3·2 - 4 = 2 of each input. Every tick repeats tick 0. (Without the
    // held steel, IP = 0 + min(0, 4) = 0 and m would order 6 steel and 2 chips at once.)
    CompiledChain chain = CompiledChain.compile(ValueChain.builder()
        .actor("s1", Role.S)
        .actor("s2", Role.S)
        .actor("m", Role.M)
        .actor(Actor.builder().id("c").role(Role.C).demand(2).build())
        .trade("s1", "m", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).input("steel").build())
        .trade("s2", "m", GoodsTerms.builder().price(1).leadTime(2).orderDelay(1).input("chips").build())
        .trade("m", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .build());
    Scenario scenario = Scenario.builder(12).policy(Policies.orderUpTo(Forecast.movingAverage(3)))
        .recordAll(Series.ORDERS).recordAll(Series.SHIPPED).recordAll(Series.ON_ORDER).conservationCheck(true)
        .build();

    SimulationResult r = Simulation.of(chain).run(scenario);

    // ON_ORDER at the end of a tick: both inputs at 3 ticks of demand (6), this tick's order included.
    assertThat(r.series(Series.ORDERS, "m")).containsOnly(2);
    assertThat(r.series(Series.SHIPPED, "m")).containsOnly(2);
    assertThat(r.series(Series.ON_ORDER, "m")).containsOnly(6);
    assertThat(r.series(Series.ORDERS, "s1")).containsOnly(2);
    assertThat(r.series(Series.ORDERS, "s2")).containsOnly(2);
  }

  @Test
  void run_assemblerWithWholeDemand_ordersWholeUnitsOfEachInput() {
    Scenario scenario = Scenario.builder(300).steadyStart(false).seed(7)
        .demand(DemandProcesses.poisson(3))
        .policy("m", Policies.reorderPoint(8, 12))
        .policy("b", Policies.reorderPoint(6, 9))
        .recordAll(Series.INCOMING_ORDERS)
        .conservationCheck(true)
        .build();

    SimulationResult r = Simulation.of(threeStages()).run(scenario);

    for (String input : new String[] {"s1", "s2"}) {
      for (double order : r.series(Series.INCOMING_ORDERS, input)) {
        assertThat(order).as("order received by %s", input).isEqualTo(Math.rint(order));
      }
    }
    assertThat(r.series(Series.INCOMING_ORDERS, "s1")).containsExactly(r.series(Series.INCOMING_ORDERS, "s2"));
  }
}
