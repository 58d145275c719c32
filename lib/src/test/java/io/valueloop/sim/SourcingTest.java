package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourcingTest {

  /** Factories f1 (share 0.7, price 2, lead 3) and f2 (share 0.3, price 3, lead 1) supply platform s; s -> b -> c. */
  private static CompiledChain twoFactories() {
    return twoFactories(Double.POSITIVE_INFINITY);
  }

  /** {@link #twoFactories()} with a capacity of f1. */
  private static CompiledChain twoFactories(double capacity) {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("f1").role(Role.M).initialInventory(1e6).capacity(capacity).build())
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

  /** The ticks from the outage's start (10) on at which s ships less than b's steady demand of 10. */
  private static int[] shortTicks(SimulationResult r) {
    double[] shipped = r.series(Series.SHIPPED, "s");
    return IntStream.range(10, 60).filter(t -> shipped[t] < 10 - 1e-9).toArray();
  }

  @Test
  void everyResourcingRule_underAFactoryOutage_keepsThePlatformShippingWhileFixedSharesRecoverOnlyAfterTheRepair() {
    SimulationResult fixed = run(SourcingRule.FIXED_SHARES);
    double[] fixedBackup = fixed.series(Series.INCOMING_ORDERS, "f2");
    int[] fixedShort = shortTicks(fixed);

    // Fixed shares: the backup's orders do not rise (3 a tick, its 30 %), and s runs short from when its stock is
    // gone until the pipeline from f1 refills after the repair at tick 40.
    assertThat(DoubleStream.of(fixedBackup).skip(12).limit(28).max().getAsDouble())
        .isCloseTo(fixedBackup[9], within(1e-9));
    assertThat(fixedShort).isNotEmpty();
    assertThat(fixedShort[fixedShort.length - 1]).isGreaterThanOrEqualTo(40);
    for (SourcingRule rule : SourcingRule.values()) {
      if (rule == SourcingRule.FIXED_SHARES) {
        continue;
      }
      SimulationResult r = run(rule);
      assertThat(shortTicks(r)).as(rule + ": ticks s ships short").isEmpty();
      assertThat(sum(r.series(Series.INCOMING_ORDERS, "f2"), 12, 40)).as(rule + ": the backup's orders")
          .isGreaterThan(sum(fixedBackup, 12, 40));
      assertThat(r.metrics("s").fillRate().getAsDouble()).as(rule.name())
          .isGreaterThan(fixed.metrics("s").fillRate().getAsDouble());
    }
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

  private static SimulationResult primaryBackup(Event event, Switching switching) {
    Scenario.Builder b = Scenario.builder(60).steadyStart(true).conservationCheck(true)
        .policy(Policies.reorderPoint(40, 40)).policy("b", Policies.reorderPoint(20, 20))
        .event(event).sourcing("s", SourcingRule.PRIMARY_BACKUP)
        .record(Series.INCOMING_ORDERS, "f2").record(Series.INCOMING_ORDERS, "f1");
    return Simulation.of(twoFactories(100)).run(switching == null ? b.build() : b.switching("s", switching).build());
  }

  @Test
  void switching_onOutage_isThePrimaryBackupRuleWithoutMemory() {
    Event outage = Event.actorOutage("f1", 10, 40);
    SimulationResult plain = primaryBackup(outage, null);
    SimulationResult switched = primaryBackup(outage, Switching.onOutage());

    assertThat(switched.series(Series.INCOMING_ORDERS, "f2"))
        .containsExactly(plain.series(Series.INCOMING_ORDERS, "f2"));
    assertThat(switched.actorMetrics()).containsExactlyElementsOf(plain.actorMetrics());
  }

  @Test
  void switching_withAThreshold_leavesAPrimaryThatIsUpButServesPoorly() {
    // f1 stays up but can ship 3 units a tick, about a third of what it is asked, from tick 10 to 40.
    Event slow = Event.capacityShock("f1", 10, 40, 0.03);
    SimulationResult onOutage = primaryBackup(slow, Switching.onOutage());
    SimulationResult byFill = primaryBackup(slow, Switching.of(0.8, 3, 5));

    assertThat(sum(onOutage.series(Series.INCOMING_ORDERS, "f2"), 0, 60)).isZero();
    assertThat(sum(byFill.series(Series.INCOMING_ORDERS, "f2"), 10, 45)).isPositive();
    assertThat(sum(byFill.series(Series.INCOMING_ORDERS, "f2"), 0, 10)).isZero();
    assertThat(byFill.metrics("s").fillRate().getAsDouble())
        .isGreaterThan(onOutage.metrics("s").fillRate().getAsDouble());
  }

  @Test
  void switching_withRecovery_returnsToThePrimaryOnlyAfterItHasBeenUpThatLong() {
    Event outage = Event.actorOutage("f1", 10, 20);
    double[] quick = primaryBackup(outage, Switching.onOutage()).series(Series.INCOMING_ORDERS, "f2");
    double[] patient = primaryBackup(outage, Switching.of(0, 1, 10)).series(Series.INCOMING_ORDERS, "f2");

    // Back at f1 from tick 20 at once; after ten ticks up with the recovery (the first tick it is seen up is 20).
    assertThat(sum(quick, 21, 60)).isZero();
    assertThat(sum(patient, 21, 29)).isPositive();
    assertThat(sum(patient, 31, 60)).isZero();
  }

  @Test
  void sourcingAndSwitching_withSeveralProblems_reportThemAllAtOnce() {
    Scenario scenario = Scenario.builder(5).sourcing("c", SourcingRule.PRIMARY_BACKUP)
        .sourcing("ghost", SourcingRule.CHEAPEST_AVAILABLE).switching("b", Switching.of(0.5, 2, 2))
        .switching("nobody", Switching.of(0.5, 2, 2)).switching("c", Switching.of(0.5, 2, 2)).build();

    // c's switching is judged against the rule it was given (PRIMARY_BACKUP): its one problem is its role.
    assertThatThrownBy(() -> Simulation.of(twoFactories()).run(scenario))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid scenario for the chain: 4 problems")
        .hasMessageContaining("sourcing actor must be an actor with goods suppliers but was 'c' (role")
        .hasMessageContaining("sourcing actor must be an actor of the chain but was 'ghost'")
        .hasMessageContaining("sourcing rule of a buyer with switching must be PRIMARY_BACKUP but was FIXED_SHARES (b)")
        .hasMessageContaining("switching actor must be an actor of the chain but was 'nobody'");
  }

  @Test
  void switching_refusesABuyerWithoutThePrimaryBackupRule() {
    Scenario scenario = Scenario.builder(5).switching("s", Switching.of(0.5, 2, 2)).build();

    assertThatThrownBy(() -> Simulation.of(twoFactories()).run(scenario))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRIMARY_BACKUP");
    assertThatThrownBy(() -> Switching.of(1.5, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("switching threshold");
  }
}
