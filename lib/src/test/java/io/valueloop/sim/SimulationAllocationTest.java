package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/** Step 5: proportional allocation when short, capacity, flow capacity and backlog. */
class SimulationAllocationTest {

  /** b (a source holding 12, capacity as given) ships to c1 (demand 10) and c2 (demand 5). */
  private static CompiledChain fork(double capacity, double c1FlowCapacity) {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(12).capacity(capacity).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(10).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(5).build())
        .trade("b", "c1", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withCapacity(c1FlowCapacity))
        .trade("b", "c2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .build());
  }

  private static Scenario scenario(int ticks, OrderingPolicy policy) {
    return SimFixtures.recording(ticks, Series.SHIPPED, Series.BACKLOG, Series.ON_HAND, Series.RECEIVED)
        .policy(policy)
        .build();
  }

  @Test
  void run_shortOfStock_allocatesProportionallyToWhatEachCustomerIsOwed() {
    SimulationResult r = Simulation.of(fork(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY))
        .run(scenario(3, Policies.fixedQuantity(0)));

    // Tick 0: owed 10 and 5, 12 on hand: each gets 12/15 = 0.8 of its due, 8 and 4; backlog 2 + 1.
    // Ticks 1, 2: nothing on hand; the backlog grows by 15 a tick.
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(12, 0, 0);
    assertThat(r.series(Series.RECEIVED, "c1")).containsExactly(0, 8, 0);
    assertThat(r.series(Series.RECEIVED, "c2")).containsExactly(0, 4, 0);
    assertThat(r.series(Series.BACKLOG, "b")).containsExactly(3, 18, 33);
    assertThat(r.series(Series.ON_HAND, "b")).containsExactly(0, 0, 0);
  }

  @Test
  void run_backlogAndNewOrders_shareByTotalOwed() {
    // Tick 0 leaves 2 owed to c1 and 1 to c2; 9 released at tick 0 arrive at tick 1; owed then 12 and 6.
    SimulationResult r = Simulation.of(fork(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY))
        .run(scenario(2, OrderingPolicy.of(v -> v.tick() == 0 ? 9 : 0)));

    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(12, 9);
    assertThat(r.series(Series.BACKLOG, "b")).containsExactly(3, 9);
  }

  @Test
  void run_capacityBelowStock_limitsShipments() {
    SimulationResult r = Simulation.of(fork(6, Double.POSITIVE_INFINITY)).run(scenario(1, Policies.fixedQuantity(0)));

    // min(12 on hand, capacity 6) = 6 for 15 owed: 0.4 each, 4 and 2.
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(6);
    assertThat(r.series(Series.ON_HAND, "b")).containsExactly(6);
    assertThat(r.series(Series.BACKLOG, "b")).containsExactly(9);
  }

  @Test
  void run_flowCapacity_capsOneCustomerWithoutReallocating() {
    SimulationResult r = Simulation.of(fork(Double.POSITIVE_INFINITY, 5))
        .run(scenario(2, Policies.fixedQuantity(0)));

    // Proportional shares 8 and 4; the flow to c1 carries at most 5, the other 3 stay on hand.
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(9, 3);
    assertThat(r.series(Series.RECEIVED, "c1")).containsExactly(0, 5);
    assertThat(r.series(Series.RECEIVED, "c2")).containsExactly(0, 4);
    assertThat(r.series(Series.ON_HAND, "b")).containsExactly(3, 0);
  }
}
