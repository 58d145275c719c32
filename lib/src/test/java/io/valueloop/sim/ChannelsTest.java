package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ChannelsTest {
  private static final GoodsTerms ONE_TICK = GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build();
  private static final GoodsTerms SALE = GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build();
  private static final int REPLICATIONS = 20;

  /** m (a factory with ample stock) -> s (platform) -> b (shop) -> c (segment). */
  private static CompiledChain platformChain() {
    return platformChain(0.1, 0.2);
  }

  /** {@link #platformChain()} with the platform's and the shop's holding costs per unit and tick. */
  private static CompiledChain platformChain(double platformHolding, double shopHolding) {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).initialInventory(1e9).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(60).holdingCost(platformHolding).build())
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(40).holdingCost(shopHolding).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("m", "s", GoodsTerms.builder().price(1).leadTime(2).orderDelay(0).build())
        .trade("s", "b", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .trade("b", "c", SALE)
        .build());
  }

  /** Mean and half-width of the 95 % confidence interval of the replications (normal approximation). */
  private static double[] ci(LongFunction<Double> replication) {
    double[] xs = LongStream.range(0, REPLICATIONS).mapToDouble(r -> replication.apply(r)).toArray();
    double mean = DoubleStream.of(xs).average().orElseThrow();
    double var = DoubleStream.of(xs).map(x -> (x - mean) * (x - mean)).sum() / (xs.length - 1);
    return new double[] {mean, 1.96 * Math.sqrt(var / xs.length)};
  }

  private static double fillRate(SimulationResult r, String business) {
    Map<Channel, ChannelMetrics> m = r.channels(business);
    ChannelMetrics off = m.get(Channel.OFFLINE);
    ChannelMetrics on = m.get(Channel.ONLINE);
    return (off.servedAtOnce() + on.servedAtOnce()) / (off.demand() + on.demand());
  }

  private static double poolingFill(boolean integrated, int level, long replication) {
    CompiledChain chain = SimFixtures.serial(1e12, level, 10, ONE_TICK, SALE);
    ChannelSetup setup = ChannelSetup.shipFromStore(1).withIntegrated(integrated).withLostSales(true, true);
    return fillRate(Simulation.of(chain).run(Scenario.builder(2_000).warmUp(100).seed(11).replication(replication)
        .steadyStart(false).demand(DemandProcesses.poisson(10)).policy("b", Policies.reorderPoint(level, level))
        .channels(ChannelPlan.builder().business("b", setup).onlineShare(0.5).build()).build()), "b");
  }

  /** The least base-stock level on a grid whose mean fill rate over the replications reaches the target. */
  private static int levelFor(boolean integrated, double target) {
    for (int level = 10; level <= 40; level++) {
      int l = level;
      if (ci(r -> poolingFill(integrated, l, r))[0] >= target) {
        return level;
      }
    }
    throw new AssertionError("no level up to 40 reaches " + target);
  }

  @Test
  void integratedStock_needsLessBaseStockForTheSameFillRate() {
    int integrated = levelFor(true, 0.99);
    int separate = levelFor(false, 0.99);

    assertThat(integrated).isLessThan(separate);
    // At the integrated stock's level, separate stocks fill measurably less (95 % intervals apart).
    double[] pooled = ci(r -> poolingFill(true, integrated, r));
    double[] apart = ci(r -> poolingFill(false, integrated, r));
    assertThat(pooled[0] - pooled[1]).isGreaterThan(apart[0] + apart[1]);
  }

  private static SimulationResult dropShipRun(boolean drop, long replication) {
    return dropShipRun(platformChain(), drop, 0.3, replication);
  }

  private static SimulationResult dropShipRun(CompiledChain chain, boolean drop, double handling, long replication) {
    ChannelSetup setup = drop ? ChannelSetup.dropShip("s", 0.5, 2).withOnlineTerms(1, handling)
        : ChannelSetup.shipFromStore(2).withOnlineTerms(1, handling);
    return Simulation.of(chain).run(Scenario.builder(1_000).warmUp(100).seed(3).replication(replication)
        .steadyStart(false).conservationCheck(true).demand(DemandProcesses.poisson(10))
        .policy(Policies.orderUpTo(Forecast.movingAverage(8), 1.5))
        .channels(ChannelPlan.builder().business("b", setup).onlineShare(0.6).build()).build());
  }

  @Test
  void dropShipping_movesInventoryAndItsCostFromTheShopToThePlatform() {
    double[] shopStore = ci(r -> dropShipRun(false, r).metrics("b").meanOnHand());
    double[] shopDrop = ci(r -> dropShipRun(true, r).metrics("b").meanOnHand());
    double[] platformShareStore = ci(r -> platformShare(dropShipRun(false, r)));
    double[] platformShareDrop = ci(r -> platformShare(dropShipRun(true, r)));

    assertThat(shopDrop[0] + shopDrop[1]).isLessThan(shopStore[0] - shopStore[1]);
    assertThat(platformShareDrop[0] - platformShareDrop[1]).isGreaterThan(platformShareStore[0]
        + platformShareStore[1]);
    SimulationResult store = dropShipRun(false, 0);
    SimulationResult drop = dropShipRun(true, 0);
    assertThat(drop.metrics("s").revenue()).as("the platform earns the price and fee of what it drop-ships")
        .isGreaterThan(store.metrics("s").revenue());
  }

  /**
   * The holding cost one actor bears, from the run's own costs: a chain where only it has a holding cost (1 per unit
   * and tick), without unit, backlog or handling costs, so that every own cost is its holding cost.
   */
  private static double holdingCost(String actor, boolean drop, long replication) {
    CompiledChain chain = actor.equals("s") ? platformChain(1, 0) : platformChain(0, 1);
    return dropShipRun(chain, drop, 0, replication).ownCost();
  }

  /** The platform's share of the chain's holding cost (1 per unit and tick at each of them; the same sample path). */
  private static double platformHoldingShare(boolean drop, long replication) {
    double platform = holdingCost("s", drop, replication);
    return platform / (platform + holdingCost("b", drop, replication));
  }

  @Test
  void dropShipping_movesHoldingCostFromTheShopToThePlatform() {
    assertThat(dropShipRun(platformChain(0, 0), true, 0, 0).ownCost()).as("no own cost but holding").isZero();
    double[] shopStore = ci(r -> holdingCost("b", false, r));
    double[] shopDrop = ci(r -> holdingCost("b", true, r));
    double[] shareStore = ci(r -> platformHoldingShare(false, r));
    double[] shareDrop = ci(r -> platformHoldingShare(true, r));

    // 95 % intervals apart: the shop's holding cost falls and the platform bears a larger share of what is left.
    // (The platform's own stock does not grow here: it already held the stock that fed the shop, and the shop's
    // orders it no longer sees were the more variable part of its demand.)
    assertThat(shopDrop[0] + shopDrop[1]).isLessThan(shopStore[0] - shopStore[1]);
    assertThat(shareDrop[0] - shareDrop[1]).isGreaterThan(shareStore[0] + shareStore[1]);
  }

  @Test
  void lostChannelSales_countInTheLostSalesAndTheLostDemand() {
    CompiledChain chain = SimFixtures.serial(1e12, 0, 10, ONE_TICK, SALE);
    SimulationResult r = Simulation.of(chain).run(Scenario.builder(200).warmUp(20).seed(4).steadyStart(false)
        .conservationCheck(true).demand(DemandProcesses.poisson(10)).policy("b", Policies.reorderPoint(8, 8))
        .channels(ChannelPlan.builder().business("b", ChannelSetup.shipFromStore(1).withOnlineTerms(2, 0)
            .withLostSales(true, true)).onlineShare(0.5).build()).build());

    ChannelMetrics off = r.channels("b").get(Channel.OFFLINE);
    ChannelMetrics on = r.channels("b").get(Channel.ONLINE);
    assertThat(off.lost()).isPositive();
    assertThat(on.lost()).isPositive();
    // Prices are fixed: a walk-in unit is worth the trade's price 3, an online unit twice that.
    assertThat(off.lostRevenue()).isCloseTo(3 * off.lost(), within(1e-9));
    assertThat(on.lostRevenue()).isCloseTo(6 * on.lost(), within(1e-9));
    assertThat(r.lostSales("b").units()).isCloseTo(off.lost() + on.lost(), within(1e-9));
    assertThat(r.lostSales("b").revenue()).isCloseTo(off.lostRevenue() + on.lostRevenue(), within(1e-9));
    assertThat(r.lostDemand("c")).isEqualTo(r.lostSales("b"));
  }

  @Test
  void steadyStart_sizesADropShippingShopsPipelineForItsOfflineDemandOnly() {
    // Every unit is ordered online and drop-shipped: the shop sells nothing itself, so a steady start gives it an
    // empty pipeline and it never receives more than its initial 40 units (it used to start with 10 a tick in transit).
    SimulationResult r = Simulation.of(platformChain()).run(Scenario.builder(30).steadyStart(true)
        .conservationCheck(true).policy(Policies.orderUpTo(Forecast.movingAverage(4), 1))
        .channels(ChannelPlan.builder().business("b", ChannelSetup.dropShip("s", 0.5, 1)).onlineShare(1).build())
        .record(Series.ON_HAND, "b").record(Series.ORDERS, "b").build());

    assertThat(r.series(Series.ON_HAND, "b")).containsOnly(40);
    assertThat(r.series(Series.ORDERS, "b")).containsOnly(0);
    assertThat(r.channels("b").get(Channel.ONLINE).fillRate().getAsDouble()).isCloseTo(1, within(1e-12));
  }

  @Test
  void diagnostics_flagADropShippingShopThatSharedConsumerDataReach() {
    CompiledChain chain = CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).initialInventory(1e9).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(60).build())
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(40).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("m", "s", ONE_TICK).trade("s", "b", ONE_TICK).trade("b", "c", SALE).data("c", "b", 0)
        .build());
    ChannelPlan drop = ChannelPlan.builder().business("b", ChannelSetup.dropShip("s", 0.5, 1)).onlineShare(0.5)
        .build();
    Scenario.Builder base = Scenario.builder(20).channels(drop);

    assertThat(Simulation.of(chain).run(base.steadyStart(true).informationSharing(true).build()).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.DROP_SHIP_SHARED_DEMAND);
    assertThat(Simulation.of(chain).run(base.steadyStart(false).informationSharing(false).build()).diagnostics())
        .isEmpty();
    assertThat(Simulation.of(chain).run(base.steadyStart(true).informationSharing(true).channels(ChannelPlan
        .builder().business("b", ChannelSetup.shipFromStore(1)).onlineShare(0.5).build()).build()).diagnostics())
        .as("ship-from-store sells what it is told of").isEmpty();
  }

  private static double platformShare(SimulationResult r) {
    double s = r.metrics("s").meanOnHand();
    return s / (s + r.metrics("b").meanOnHand());
  }

  @Test
  void channelMetrics_splitDemandByShareAndCountSalesAndLosses() {
    CompiledChain chain = SimFixtures.serial(1e12, 0, 10, ONE_TICK, SALE);
    SimulationResult r = Simulation.of(chain).run(Scenario.builder(100).steadyStart(false).conservationCheck(true)
        .policy("b", Policies.reorderPoint(10, 10))
        .channels(ChannelPlan.builder().business("b", ChannelSetup.shipFromStore(3).withOnlineTerms(2, 0.5))
            .onlineShare("c", 0.3).build())
        .record(Series.RECEIVED, "c").build());

    ChannelMetrics off = r.channels("b").get(Channel.OFFLINE);
    ChannelMetrics on = r.channels("b").get(Channel.ONLINE);
    // Each unit goes online with probability 0.3: Binomial(1000, 0.3) online units, sd 14.5.
    assertThat(off.demand() + on.demand()).isCloseTo(1000, within(1e-9));
    assertThat(on.demand()).isCloseTo(300, within(60.0));
    assertThat(off.servedAtOnce() + off.lost()).isCloseTo(off.demand(), within(1e-9));
    assertThat(on.sales() + on.lost()).isLessThanOrEqualTo(on.demand() + 1e-9);
    assertThat(on.revenue()).isCloseTo(on.sales() * 3 * 2, within(1e-9));
    assertThat(off.revenue()).isCloseTo(off.sales() * 3, within(1e-9));
    assertThat(r.channels("s")).isEmpty();
  }

  private static double[] received(double share) {
    CompiledChain chain = SimFixtures.serial(1e12, 10, 10, ONE_TICK, SALE);
    return Simulation.of(chain).run(Scenario.builder(8).steadyStart(false).conservationCheck(true)
        .policy("b", Policies.reorderPoint(10, 10))
        .channels(ChannelPlan.builder().business("b", ChannelSetup.shipFromStore(3)).onlineShare(share).build())
        .record(Series.RECEIVED, "c").build()).series(Series.RECEIVED, "c");
  }

  @Test
  void onlineOrders_arriveAfterTheChannelsLeadTimeAndWalkInsAfterTheTrades() {
    assertThat(received(0)).containsExactly(0, 10, 10, 10, 10, 10, 10, 10);
    assertThat(received(1)).containsExactly(0, 0, 0, 10, 10, 10, 10, 10);
  }

  @Test
  void shareChange_movesDemandOnlineFromItsTick() {
    CompiledChain chain = SimFixtures.serial(1e12, 100, 10, ONE_TICK, SALE);
    Scenario.Builder b = Scenario.builder(100).warmUp(50).steadyStart(false).conservationCheck(true)
        .policy("b", Policies.reorderPoint(100, 100));
    ChannelPlan.Builder plan = ChannelPlan.builder().business("b", ChannelSetup.shipFromStore(1)).onlineShare(0.2);
    SimulationResult before = Simulation.of(chain).run(b.channels(plan.build()).build());
    SimulationResult after = Simulation.of(chain).run(b.channels(plan.shareChange(50, "c", 0.8).build()).build());

    // Binomial(500, 0.2) and Binomial(500, 0.8) online units: sd about 9.
    assertThat(before.channels("b").get(Channel.ONLINE).demand()).isCloseTo(100, within(40.0));
    assertThat(after.channels("b").get(Channel.ONLINE).demand()).isCloseTo(400, within(40.0));
    assertThat(after.channels("b").get(Channel.ONLINE).fillRate().getAsDouble()).isEqualTo(1);
  }

  private static ChannelMetrics online(boolean integrated) {
    CompiledChain chain = SimFixtures.serial(1e12, 20, 10, ONE_TICK, SALE);
    ChannelSetup setup = ChannelSetup.shipFromStore(1).withIntegrated(integrated).withLostSales(true, true);
    return Simulation.of(chain).run(Scenario.builder(10).steadyStart(false).conservationCheck(true)
        .policy("b", Policies.fixedQuantity(0))
        .channels(ChannelPlan.builder().business("b", setup).onlineShare(0.5).shareChange(1, "c", 1).build())
        .build()).channels("b").get(Channel.ONLINE);
  }

  @Test
  void separateStock_servesNeitherChannelFromTheOthersStock() {
    // 20 units split 10/10 at tick 0; from tick 1 everything is ordered online: the offline stock stays unsold,
    // while one integrated stock sells all 20 units, those walk-ins bought at tick 0 offline, the rest online.
    assertThat(online(false).sales()).isCloseTo(10, within(1e-9));
    assertThat(online(true).sales()).isGreaterThan(10);
  }

  private static SimulationResult dropShipped(double handling) {
    CompiledChain chain = SimFixtures.serial(1e6, 5, 10, ONE_TICK, SALE);
    return Simulation.of(chain).run(Scenario.builder(20).warmUp(5).steadyStart(false)
        .conservationCheck(true).policy("b", Policies.fixedQuantity(0))
        .channels(ChannelPlan.builder().business("b", ChannelSetup.dropShip("s", 0.5, 2)
            .withOnlineTerms(1, handling)).onlineShare(1).build())
        .build());
  }

  @Test
  void dropShipping_thePlatformBearsTheHandlingCost() {
    SimulationResult free = dropShipped(0);
    SimulationResult handled = dropShipped(0.2);

    // 150 units drop-shipped over the measured ticks, 0.2 each, all on the platform.
    assertThat(handled.metrics("s").cost() - free.metrics("s").cost()).isCloseTo(150 * 0.2, within(1e-9));
    assertThat(handled.metrics("b").cost()).isCloseTo(free.metrics("b").cost(), within(1e-9));
  }

  @Test
  void dropShipping_theShopSellsAndPaysThePlatformPriceAndFeeForWhatThePlatformShips() {
    SimulationResult r = dropShipped(0);

    // 15 measured ticks of 10 units ordered online, each forwarded to s and shipped by it the next tick.
    ChannelMetrics online = r.channels("b").get(Channel.ONLINE);
    assertThat(online.demand()).isCloseTo(150, within(1e-9));
    assertThat(online.sales()).isCloseTo(150, within(1e-9));
    assertThat(online.fillRate().getAsDouble()).isCloseTo(1, within(1e-12));
    assertThat(r.metrics("b").revenue()).isCloseTo(150 * 3, within(1e-9));
    assertThat(r.metrics("b").cost()).isCloseTo(150 * (1 + 0.5), within(1e-9));
    assertThat(r.metrics("s").revenue()).isCloseTo(150 * (1 + 0.5), within(1e-9));
    assertThat(r.metrics("b").meanOnHand()).isCloseTo(5, within(1e-12));
  }

  @Test
  void run_withChannelsAndDropShipping_givesIdenticalBitsOnOneAndFourThreads() {
    Scenario s = Scenario.builder(300).seed(9).conservationCheck(true).demand(DemandProcesses.poisson(10))
        .policy(Policies.orderUpTo(Forecast.movingAverage(4), 1))
        .channels(ChannelPlan.builder().business("b", ChannelSetup.dropShip("s", 0.5, 2).withLostSales(true, true))
            .onlineShare(0.4).shareChange(100, "c", 0.7).build())
        .fault(Fault.actor("s", Fault.Duration.geometric(0.05), Fault.Duration.geometric(0.3)).destroying(0.2))
        .recordAll(Series.ON_HAND).build();
    Simulation one = Simulation.of(platformChain());

    SimulationResult a = one.run(s);
    SimulationResult b = one.withThreads(4, 1).run(s);

    assertThat(b.actorMetrics()).containsExactlyElementsOf(a.actorMetrics());
    assertThat(b.channels("b")).isEqualTo(a.channels("b"));
    assertThat(b.series(Series.ON_HAND, "s")).containsExactly(a.series(Series.ON_HAND, "s"));
  }

  @Test
  void setUp_reportsEveryProblemOfTheScenariosMechanicsAtOnce() {
    Scenario bad = Scenario.builder(5)
        .fault(Fault.actor("nobody", Fault.Duration.geometric(0.1), Fault.Duration.geometric(0.5)))
        .leadTime("s", "c", RandomLeadTime.uniform(1, 2))
        .channels(ChannelPlan.builder().business("s", ChannelSetup.shipFromStore(1))
            .business("b", ChannelSetup.dropShip("m", 1, 1)).onlineShare("ghost", 0.5).build())
        .build();

    assertThatThrownBy(() -> Simulation.of(platformChain()).run(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid scenario for the chain: 5 problems")
        .hasMessageContaining("random lead time flow must be a goods flow of the chain but was none (s->c)")
        .hasMessageContaining("channel business customer must be a consumer segment but was 'b' (GOODS s->b)")
        .hasMessageContaining("drop-ship platform must be a supplier of the business with stock but was 'm' (b)")
        .hasMessageContaining("online share actor must be an actor of the chain but was 'ghost'")
        .hasMessageContaining("fault actor must be an actor of the chain but was 'nobody'");
  }

  @Test
  void setUp_withChannels_reportsAShortageRuleOnAMissingFlowOrActorOnce() {
    Scenario bad = Scenario.builder(5)
        .shortage("s", "c", Shortage.lost())
        .shortage("ghost", Shortage.lost())
        .channels(ChannelPlan.builder().business("b", ChannelSetup.shipFromStore(1)).build())
        .build();

    assertThatThrownBy(() -> Simulation.of(platformChain()).run(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid scenario for the chain: 2 problems")
        .satisfies(e -> assertThat(e.getMessage().split("\\(s->c\\)", -1)).hasSize(2))
        .satisfies(e -> assertThat(e.getMessage().split("'ghost'", -1)).hasSize(2));
  }

  @Test
  void setUp_refusesABusinessSellingToABusinessAndAnUnknownPlatform() {
    Simulation sim = Simulation.of(platformChain());
    assertThatThrownBy(() -> sim.run(Scenario.builder(5).channels(ChannelPlan.builder()
        .business("s", ChannelSetup.shipFromStore(1)).build()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consumer segment");
    assertThatThrownBy(() -> sim.run(Scenario.builder(5).channels(ChannelPlan.builder()
        .business("b", ChannelSetup.dropShip("m", 1, 1)).build()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drop-ship platform");
    assertThatThrownBy(() -> sim.run(Scenario.builder(5).shortage("c", Shortage.lost()).channels(ChannelPlan
        .builder().business("b", ChannelSetup.shipFromStore(1)).build()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shortage rule");
    assertThatThrownBy(() -> ChannelSetup.shipFromStore(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("online lead time");
  }
}
