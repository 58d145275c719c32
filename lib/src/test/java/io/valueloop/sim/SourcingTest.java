package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class SourcingTest {

  /** Factories f1 (share 0.7, price 2, lead 3) and f2 (share 0.3, price 3, lead 1) supply platform s; s -> b -> c. */
  private static CompiledChain twoFactories() {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("f1").role(Role.M).initialInventory(1e6).build())
        .actor(Actor.builder().id("f2").role(Role.M).initialInventory(1e6).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(40).build())
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(20).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("f1", "s", GoodsTerms.builder().price(2).leadTime(3).orderDelay(0).share(0.7).build())
        .trade("f2", "s", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).share(0.3).build())
        .trade("s", "b", GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build())
        .trade("b", "c", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build())
        .build());
  }

  private static SimulationResult run(SourcingRule rule) {
    return Simulation.of(twoFactories()).run(Scenario.builder(60).steadyStart(true).conservationCheck(true)
        .policy(Policies.reorderPoint(40, 40)).policy("b", Policies.reorderPoint(20, 20))
        .event(Event.actorOutage("f1", 10, 40)).sourcing("s", rule)
        .record(Series.ORDERS, "s").record(Series.SHIPPED, "s").record(Series.INCOMING_ORDERS, "f2")
        .record(Series.INCOMING_ORDERS, "f1").build());
  }

  private static double sum(double[] xs, int from, int to) {
    return DoubleStream.of(xs).skip(from).limit(to - from).sum();
  }

  @Test
  void resourcing_underAFactoryOutage_keepsThePlatformServingAndRaisesTheBackupsOrders() {
    SimulationResult fixed = run(SourcingRule.FIXED_SHARES);
    SimulationResult resourced = run(SourcingRule.SHARES_OF_UP);

    double fixedBackup = sum(fixed.series(Series.INCOMING_ORDERS, "f2"), 12, 40);
    double resourcedBackup = sum(resourced.series(Series.INCOMING_ORDERS, "f2"), 12, 40);
    assertThat(resourcedBackup).isGreaterThan(2 * fixedBackup);
    // Without re-sourcing the platform keeps sending 70 % of its orders to the failed factory and runs short.
    double fixedShipped = sum(fixed.series(Series.SHIPPED, "s"), 20, 40);
    double resourcedShipped = sum(resourced.series(Series.SHIPPED, "s"), 20, 40);
    assertThat(resourcedShipped).isGreaterThan(fixedShipped);
    assertThat(resourced.metrics("s").fillRate().getAsDouble())
        .isGreaterThan(fixed.metrics("s").fillRate().getAsDouble());
  }

  @Test
  void fixedShares_splitOrdersByShareEvenWhileASupplierIsDown() {
    SimulationResult fixed = run(SourcingRule.FIXED_SHARES);

    double[] f1 = fixed.series(Series.INCOMING_ORDERS, "f1");
    double[] f2 = fixed.series(Series.INCOMING_ORDERS, "f2");
    for (int t = 0; t < 60; t++) {
      assertThat(f1[t] * 0.3).isCloseTo(f2[t] * 0.7, within(1e-9));
    }
  }

  @Test
  void singleWinnerRules_sendEverythingToOneSupplierThatIsUp() {
    SimulationResult primary = run(SourcingRule.PRIMARY_BACKUP);
    SimulationResult cheapest = run(SourcingRule.CHEAPEST_AVAILABLE);
    SimulationResult fastest = run(SourcingRule.FASTEST_AVAILABLE);

    for (SimulationResult r : new SimulationResult[] {primary, cheapest}) {
      assertThat(sum(r.series(Series.INCOMING_ORDERS, "f2"), 0, 10)).isZero();
      assertThat(sum(r.series(Series.INCOMING_ORDERS, "f1"), 10, 40)).isZero();
      assertThat(sum(r.series(Series.INCOMING_ORDERS, "f2"), 10, 40)).isPositive();
    }
    assertThat(sum(fastest.series(Series.INCOMING_ORDERS, "f1"), 0, 60)).isZero();
  }

  @Test
  void byAvailability_weighsSuppliersByWhatTheyCouldShip() {
    SimulationResult r = run(SourcingRule.BY_AVAILABILITY);

    assertThat(sum(r.series(Series.INCOMING_ORDERS, "f1"), 10, 40)).isZero();
    assertThat(sum(r.series(Series.INCOMING_ORDERS, "f2"), 10, 40)).isPositive();
  }
}
