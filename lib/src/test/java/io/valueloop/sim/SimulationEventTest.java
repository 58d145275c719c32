package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step 1: every kind of event, overlapping events and several events at one tick. */
class SimulationEventTest {

  /** b (a source with plenty on hand and the given capacity) ships to c with the given demand. */
  private static Simulation shop(double capacity, double demand) {
    return Simulation.of(SimFixtures.shop(
        Actor.builder().id("b").role(Role.B).initialInventory(1000).capacity(capacity).build(), demand));
  }

  /** s (a source with 100 on hand) ships to b with lead time 2; b serves c, who wants nothing. */
  private static Simulation link() {
    return Simulation.of(SimFixtures.serial(100, 0, 0, GoodsTerms.builder().price(2).leadTime(2).orderDelay(0).build(), GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build()));
  }

  private static Scenario.Builder base(int ticks) {
    return SimFixtures.recording(ticks, Series.SHIPPED, Series.CAPACITY, Series.ORDERS, Series.RECEIVED,
        Series.REVENUE).policy(Policies.fixedQuantity(0));
  }

  @Test
  void actorOutage_stopsShipmentsForItsWindowThenTheBacklogShips() {
    SimulationResult r = shop(Double.POSITIVE_INFINITY, 10)
        .run(base(5).event(Event.actorOutage("b", 1, 3)).build());

    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(10, 0, 0, 30, 10);
    assertThat(r.series(Series.CAPACITY, "b")).containsExactly(Double.POSITIVE_INFINITY, 0, 0,
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  @Test
  void actorOutage_overlappingWindows_lastUntilTheLaterEnds() {
    SimulationResult r = shop(Double.POSITIVE_INFINITY, 10)
        .run(base(6).event(Event.actorOutage("b", 1, 3)).event(Event.actorOutage("b", 2, 4)).build());

    // The first outage ending at 3 does not restore capacity while the second lasts.
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(10, 0, 0, 0, 40, 10);
  }

  @Test
  void capacityShock_overlappingShocksMultiplyAndUndoExactly() {
    SimulationResult r = shop(20, 100).run(base(7)
        .event(Event.capacityShock("b", 0, 4, 0.5))
        .event(Event.capacityShock("b", 2, 6, 0.5))
        .build());

    assertThat(r.series(Series.CAPACITY, "b")).containsExactly(10, 10, 5, 5, 10, 10, 20);
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(10, 10, 5, 5, 10, 10, 20);
  }

  @Test
  void capacityShock_withOverlappingOutage_isZeroDuringTheOutageAndShockedAfter() {
    SimulationResult r = shop(20, 100).run(base(5)
        .event(Event.capacityShock("b", 0, 4, 0.5))
        .event(Event.actorOutage("b", 1, 3))
        .build());

    assertThat(r.series(Series.CAPACITY, "b")).containsExactly(10, 0, 0, 10, 20);
  }

  @Test
  void linkOutage_pausesShipmentsAndHoldsGoodsInTransit() {
    SimulationResult r = link().run(base(7)
        .policy("b", OrderingPolicy.of(v -> v.tick() <= 1 ? 5 : 0))
        .policy("s", Policies.fixedQuantity(0))
        .event(Event.linkOutage("s", "b", 1, 3))
        .build());

    // Shipped at tick 0, due at tick 2, held two ticks: arrives at 4. Ordered at tick 1 during the outage: owed,
    // shipped at tick 3 when the link is back, arrives at 5.
    assertThat(r.series(Series.SHIPPED, "s")).containsExactly(5, 0, 0, 5, 0, 0, 0);
    assertThat(r.series(Series.RECEIVED, "b")).containsExactly(0, 0, 0, 0, 5, 5, 0);
  }

  @Test
  void demandShock_overlappingShocksMultiply() {
    SimulationResult r = shop(Double.POSITIVE_INFINITY, 10).run(base(5)
        .event(Event.demandShock("c", 1, 3, 2))
        .event(Event.demandShock("c", 2, 4, 3))
        .build());

    assertThat(r.series(Series.ORDERS, "c")).containsExactly(10, 20, 60, 30, 10);
  }

  @Test
  void priceChange_appliesFromItsTickAndTheLastOfOneTickWins() {
    SimulationResult r = shop(Double.POSITIVE_INFINITY, 10).run(base(5)
        .event(Event.priceChange("b", "c", 2, 5))
        .event(Event.priceChange("b", "c", 3, 7))
        .event(Event.priceChange("b", "c", 3, 2))
        .build());

    assertThat(r.series(Series.REVENUE, "b")).containsExactly(10, 10, 50, 20, 20);
  }

  @Test
  void policyChange_startsAFreshRuleAtItsTick() {
    List<Integer> starts = new ArrayList<>();
    OrderingPolicy seven = view -> {
      starts.add(view.tick());
      return v -> 7;
    };

    SimulationResult r = shop(Double.POSITIVE_INFINITY, 10).run(base(4)
        .event(Event.policyChange("b", 2, seven))
        .build());

    assertThat(r.series(Series.ORDERS, "b")).containsExactly(0, 0, 7, 7);
    assertThat(starts).containsExactly(2);
  }

  @Test
  void severalEventsAtOneTick_allApplyOnce() {
    SimulationResult r = shop(Double.POSITIVE_INFINITY, 10).run(base(5)
        .event(Event.actorOutage("b", 2, 3))
        .event(Event.demandShock("c", 2, 4, 2))
        .event(Event.priceChange("b", "c", 2, 3))
        .build());

    // Tick 2: 20 ordered, nothing shipped; tick 3: 20 + 20 owed shipped at price 3.
    assertThat(r.series(Series.ORDERS, "c")).containsExactly(10, 10, 20, 20, 10);
    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(10, 10, 0, 40, 10);
    assertThat(r.series(Series.REVENUE, "b")).containsExactly(10, 10, 0, 120, 30);
  }

  @Test
  void events_afterTheLastTick_changeNothing() {
    SimulationResult r = shop(Double.POSITIVE_INFINITY, 10).run(base(3)
        .event(Event.actorOutage("b", 5, 9))
        .build());

    assertThat(r.series(Series.SHIPPED, "b")).containsExactly(10, 10, 10);
  }
}
