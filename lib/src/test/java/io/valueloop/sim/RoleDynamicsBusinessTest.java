package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adoption of the platform, churn and its leaver rules, neighbour takeover and offer scaling. */
class RoleDynamicsBusinessTest {
  private static final GoodsTerms UP = GoodsTerms.builder().price(1).leadTime(2).orderDelay(1).build();

  /**
   * m supplies a wholesaler w and a platform s; each of {@code k} shops B0.. buys one input "goods" from both (half
   * each in the chain) and sells to its own segment c0.. (demand 10); s charges each shop a SaaS fee of 1 a tick.
   */
  static CompiledChain wholesale(int k) {
    return CompiledChain.compile(wholesaleChain(k).build());
  }

  static ValueChain.Builder wholesaleChain(int k) {
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).build())
        .actor(Actor.builder().id("w").role(Role.B).initialInventory(100).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(100).build())
        .trade("m", "w", UP).trade("m", "s", UP);
    GoodsTerms supply = GoodsTerms.builder().price(2).leadTime(1).orderDelay(1).share(0.5).build().withInput("goods");
    for (int i = 0; i < k; i++) {
      b.actor(Actor.builder().id("B" + i).role(Role.B).initialInventory(30).build())
          .actor(Actor.builder().id("c" + i).role(Role.C).demand(10).build())
          .trade("w", "B" + i, supply).trade("s", "B" + i, supply)
          .trade("B" + i, "c" + i, GoodsTerms.builder().price(4).leadTime(1).build())
          .service("s", "B" + i, ServiceTerms.fee(1));
    }
    return b;
  }

  static List<String> shops(int k) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ids.add("B" + i);
    }
    return ids;
  }

  @Test
  void adoption_atHazardOne_movesEveryShopsSupplyAndFeeToThePlatform() {
    Scenario.Builder base = Scenario.builder(20).conservationCheck(true).record(Series.INCOMING_ORDERS, "w", "s");
    Simulation simulation = Simulation.of(wholesale(3));

    SimulationResult before = simulation.run(base.adoption(Adoption.constant("w", "s", 0).withBusinesses(shops(3)))
        .build());
    SimulationResult after = simulation.run(Scenario.builder(20).conservationCheck(true)
        .record(Series.INCOMING_ORDERS, "w", "s")
        .adoption(Adoption.constant("w", "s", 1).withBusinesses(shops(3))).build());

    // Not adopted: the wholesaler serves the three shops' 30 a tick (steady start), the platform nothing, no fee.
    assertThat(before.series(Series.INCOMING_ORDERS, "w")[10]).isCloseTo(30, within(1e-9));
    assertThat(before.series(Series.INCOMING_ORDERS, "s")[10]).isZero();
    assertThat(before.metrics("s").revenue()).isZero();
    assertThat(before.roleTrace().orElseThrow().platformShare(10)).isZero();
    // All adopt at tick 0: orders sent from tick 0 reach the platform at tick 1 (order delay 1); fees start.
    RoleTrace trace = after.roleTrace().orElseThrow();
    assertThat(trace.adopters(0)).isEqualTo(3);
    assertThat(trace.adopters(1)).isZero();
    assertThat(trace.platformShare(0)).isEqualTo(1.0);
    assertThat(after.series(Series.INCOMING_ORDERS, "w")[10]).isZero();
    assertThat(after.series(Series.INCOMING_ORDERS, "s")[10]).isCloseTo(30, within(1e-9));
    assertThat(after.metrics("s").revenue()).isCloseTo(20 * 3 + 19 * 30 * 2, within(1e-6));
  }

  @Test
  void adoption_movesTheSharedDemandDataFromTheWholesalerToThePlatform() {
    ValueChain.Builder chain = wholesaleChain(2).data("c0", "w", 0).data("c0", "s", 0).data("c1", "w", 0)
        .data("c1", "s", 0);
    Simulation simulation = Simulation.of(CompiledChain.compile(chain.build()));
    Scenario.Builder base = Scenario.builder(6).conservationCheck(true).record(Series.DEMAND_SIGNAL, "w", "s");

    SimulationResult none = simulation.run(base.adoption(Adoption.constant("w", "s", 0)
        .withBusinesses(shops(2))).build());
    SimulationResult all = simulation.run(Scenario.builder(6).conservationCheck(true)
        .record(Series.DEMAND_SIGNAL, "w", "s").adoption(Adoption.constant("w", "s", 1).withBusinesses(shops(2)))
        .build());

    // The compiled weights split each segment's 10 half and half; a run weighs by whom the shops buy from.
    assertThat(none.series(Series.DEMAND_SIGNAL, "w")[3]).isCloseTo(20, within(1e-9));
    assertThat(none.series(Series.DEMAND_SIGNAL, "s")[3]).isCloseTo(0, within(1e-9));
    assertThat(all.series(Series.DEMAND_SIGNAL, "w")[3]).isCloseTo(0, within(1e-9));
    assertThat(all.series(Series.DEMAND_SIGNAL, "s")[3]).isCloseTo(20, within(1e-9));
  }

  @Test
  void adoption_bass_followsTheDiscreteRecursionInMean() {
    int shops = 60;
    double p = 0.03;
    double q = 0.4;
    Simulation simulation = Simulation.of(wholesale(shops));
    int replications = 40;
    double[] f = RoleDynamicsTest.bassRecursion(p, q, 30);
    double sum = 0;
    double sumSquares = 0;
    for (int r = 0; r < replications; r++) {
      RoleTrace trace = simulation.run(Scenario.builder(30).seed(2).replication(r)
          .adoption(Adoption.bass("w", "s", p, q).withBusinesses(shops(shops))).build()).roleTrace().orElseThrow();
      int adopted = 0;
      for (int t = 0; t < 15; t++) {
        adopted += trace.adopters(t);
      }
      sum += (double) adopted / shops;
      sumSquares += ((double) adopted / shops) * ((double) adopted / shops);
    }
    double mean = sum / replications;
    double sd = Math.sqrt((sumSquares - replications * mean * mean) / (replications - 1));
    // Bass (1969) in discrete time, as for conversions: the mean share adopted after 15 ticks within 3 standard
    // errors of F(15) (a pool of 60 lags the recursion a little, its first adopter coming at a random tick).
    assertThat(mean).isCloseTo(f[15], within(3 * sd / Math.sqrt(replications) + 0.03));
  }

  @Test
  void churn_byProfitFloor_removesTheLossMakerAndItsDemandReturnsToTheOtherSeller() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(1e6).build())
        .actor(Actor.builder().id("B1").role(Role.B).initialInventory(20).build())
        .actor(Actor.builder().id("B2").role(Role.B).initialInventory(20).unitCost(10).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("s", "B1", GoodsTerms.builder().price(2).leadTime(1).build())
        .trade("s", "B2", GoodsTerms.builder().price(2).leadTime(1).build())
        .trade("B1", "c", GoodsTerms.builder().price(4).leadTime(1).share(0.6).build())
        .trade("B2", "c", GoodsTerms.builder().price(4).leadTime(1).share(0.4).build())
        .build();
    SimulationResult result = Simulation.of(CompiledChain.compile(chain)).run(Scenario.builder(30)
        .conservationCheck(true).churn(Churn.of(List.of("B1", "B2")).withProfitFloor(5, 0))
        .record(Series.INCOMING_ORDERS, "B1", "B2").build());

    // B2 loses 4 - 2 - 10 = -8 a unit: after five active ticks it leaves at step 1 of tick 5; B1 keeps its profit.
    RoleTrace trace = result.roleTrace().orElseThrow();
    assertThat(trace.leavers(5)).isEqualTo(1);
    assertThat(trace.active(Role.B, 4)).isEqualTo(2);
    assertThat(trace.active(Role.B, 5)).isEqualTo(1);
    assertThat(result.series(Series.INCOMING_ORDERS, "B2")[4]).isCloseTo(4, within(1e-9));
    assertThat(result.series(Series.INCOMING_ORDERS, "B2")[5]).isZero();
    assertThat(result.series(Series.INCOMING_ORDERS, "B1")[5]).isCloseTo(10, within(1e-9));
    assertThat(result.activeActors(Role.B, 29)).isEqualTo(1);
  }

  /** B2 (40 units on hand, nothing owed) leaves at tick 0 under the rule; the run checks conservation. */
  private static RoleTrace leave(Leaving rule) {
    return leaving(rule).roleTrace().orElseThrow();
  }

  private static SimulationResult leaving(Leaving rule) {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(100).build())
        .actor(Actor.builder().id("B1").role(Role.B).build())
        .actor(Actor.builder().id("B2").role(Role.B).initialInventory(40).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("s", "B1", GoodsTerms.builder().price(2).leadTime(1).build())
        .trade("s", "B2", GoodsTerms.builder().price(2).leadTime(1).build())
        .trade("B1", "c", GoodsTerms.builder().price(4).leadTime(1).share(0.5).build())
        .trade("B2", "c", GoodsTerms.builder().price(4).leadTime(1).share(0.5).build())
        .build();
    return Simulation.of(CompiledChain.compile(chain)).run(Scenario.builder(10).steadyStart(false)
        .conservationCheck(true).churn(Churn.of(List.of("B2")).withHazard(1).withLeaving(rule)).build());
  }

  @Test
  void leavingRules_payTheLeaverForItsSettledStock() {
    // B2 leaves at step 1 of tick 0, before c orders, so the settlement is all it ever sells: 40 at 2 back to s, or
    // 40 at half of 4 to c; nothing for a stock lost or kept. The supplier's cost and the segment's spend pay it.
    SimulationResult returned = leaving(Leaving.returnToSupplier());
    SimulationResult sold = leaving(Leaving.sellOff(0.5));
    SimulationResult lost = leaving(Leaving.lose());
    SimulationResult kept = leaving(Leaving.keep());

    assertThat(returned.metrics("B2").revenue()).isCloseTo(80, within(1e-9));
    assertThat(returned.metrics("s").cost()).isCloseTo(80, within(1e-9));
    assertThat(sold.metrics("B2").revenue()).isCloseTo(80, within(1e-9));
    assertThat(sold.consumerSpend() - lost.consumerSpend()).isCloseTo(80, within(1e-9));
    assertThat(lost.metrics("B2").revenue()).isZero();
    assertThat(kept.metrics("B2").revenue()).isZero();
  }

  @Test
  void leavingRules_settleTheLeaversStockAsStated() {
    RoleTrace kept = leave(Leaving.keep());
    RoleTrace returned = leave(Leaving.returnToSupplier());
    RoleTrace sold = leave(Leaving.sellOff(0.5));
    RoleTrace lost = leave(Leaving.lose());

    assertThat(kept.leavers(0)).isEqualTo(1);
    assertThat(kept.returned(0) + kept.soldOff(0) + kept.lost(0)).isZero();
    // 40 units back to s, bought back at the flow's price of 2.
    assertThat(returned.returned(0)).isEqualTo(40);
    assertThat(returned.returnedValue()).isEqualTo(80);
    // 40 units to the segment at half the price of 4.
    assertThat(sold.soldOff(0)).isEqualTo(40);
    assertThat(sold.soldOffValue()).isEqualTo(80);
    assertThat(lost.lost(0)).isEqualTo(40);
    assertThat(lost.returnedValue() + lost.soldOffValue()).isZero();
  }

  @Test
  void returnToSupplier_afterAdoption_returnsToThePlatformItBuysFrom() {
    // B0 buys half from w and half from s in the chain; at step 1 of tick 0 it adopts s, then leaves. Its 30 units go
    // back to s, its supplier in the run, at the flow's price 2; w, which it no longer buys from, pays nothing.
    SimulationResult result = Simulation.of(wholesale(1)).run(Scenario.builder(1).steadyStart(false)
        .conservationCheck(true).adoption(Adoption.constant("w", "s", 1).withBusinesses(shops(1)))
        .churn(Churn.of(shops(1)).withHazard(1).withLeaving(Leaving.returnToSupplier())).build());

    assertThat(result.roleTrace().orElseThrow().returned(0)).isEqualTo(30);
    assertThat(result.metrics("s").cost()).isCloseTo(60, within(1e-9));
    assertThat(result.metrics("w").cost()).isZero();
  }

  @Test
  void conversion_withNeighbours_takesItsShareOfTheNeighboursDemand() {
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(1e6).build())
        .actor(Actor.builder().id("B1").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("B2").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(100).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(100).build())
        .trade("s", "B1", GoodsTerms.builder().leadTime(1).build())
        .trade("s", "B2", GoodsTerms.builder().leadTime(1).build())
        .trade("B1", "c1", GoodsTerms.builder().leadTime(1).share(0.6).build())
        .trade("B2", "c2", GoodsTerms.builder().leadTime(1).share(0.8).build());
    GoodsTerms sale = GoodsTerms.builder().leadTime(1).share(0.4).build();
    List<String> seats = Seats.add(b, "c1", List.of("c2"), "s", Actor.builder().id("b").role(Role.B).build(),
        GoodsTerms.builder().leadTime(1).build(), sale, 0.2, 2);
    SimulationResult result = Simulation.of(CompiledChain.compile(b.build())).run(Scenario.builder(5)
        .conservationCheck(true).record(Series.INCOMING_ORDERS, "B1", "B2", "b-0")
        .conversion(Conversion.constant("c1", 1, 2).withCandidates(seats).withTakeover(0.1)
            .withNeighbours(0.05, List.of("c2"))).build());

    // Both seats convert at tick 0: each takes 10 % of c1 and 5 % of c2; the incumbents keep 80 % and 90 %.
    assertThat(result.series(Series.INCOMING_ORDERS, "B1")[1]).isCloseTo(80, within(1e-9));
    assertThat(result.series(Series.INCOMING_ORDERS, "B2")[1]).isCloseTo(90, within(1e-9));
    assertThat(result.series(Series.INCOMING_ORDERS, "b-0")[1]).isCloseTo(15, within(1e-9));
  }

  /** One incumbent and 20 seats selling to c (demand 100); s charges each seat a fixed fee. */
  private static int converts(double fee, double reference) {
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(1e6).build())
        .actor(Actor.builder().id("B0").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(100).build())
        .trade("s", "B0", GoodsTerms.builder().price(2).leadTime(1).build())
        .trade("B0", "c", GoodsTerms.builder().price(3).leadTime(1).share(0.5).build());
    List<String> seats = Seats.add(b, "c", "s", Actor.builder().id("b").role(Role.B).build(),
        GoodsTerms.builder().price(2).leadTime(1).build(), GoodsTerms.builder().price(3).leadTime(1).share(0.5)
            .build(), 20);
    for (String seat : seats) {
      b.service("s", seat, ServiceTerms.fee(fee));
    }
    PopulationTrace trace = Simulation.of(CompiledChain.compile(b.build())).run(Scenario.builder(40).seed(4)
        .conservationCheck(true).conversion(Conversion.constant("c", 0.02, 20).withCandidates(seats)
            .withTakeover(0.02).withOffer(reference)).build()).population("c");
    int sum = 0;
    for (int t = 0; t < 40; t++) {
      sum += trace.converts(t);
    }
    return sum;
  }

  @Test
  void conversion_scaledByTheOffer_stopsWhenTheFeeEatsTheMargin() {
    // A b sells 0.02 × 100 = 2 units a tick at a margin of 3 - 2 = 1: it earns 2 - fee a tick.
    int unscaled = converts(0, 0);
    int asGood = converts(0, 2);
    int worse = converts(1, 2);
    int none = converts(2, 2);

    assertThat(asGood).isEqualTo(unscaled).isPositive();
    assertThat(worse).isLessThanOrEqualTo(asGood);
    assertThat(none).isZero();
  }

  @Test
  void step_withAdoptionChurnAndSettlement_allocatesNothingPerTick() {
    SimulationRun run = Simulation.of(wholesale(200)).start(Scenario.builder(30_000).seed(3)
        .demand(TestDemand.uniform(5, 15)).adoption(Adoption.constant("w", "s", 2e-4).withBusinesses(shops(200)))
        .churn(Churn.of(shops(200)).withHazard(1e-4).withProfitFloor(5, -1e9)
            .withLeaving(Leaving.returnToSupplier())).build());

    long allocated = StepAllocation.bytes(run, 10_000, 10_000);

    // Adopters flip flows and leavers settle their stock in place.
    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void adoption_withBusinessNotBuyingFromThePlatform_isRefused() {
    Scenario scenario = Scenario.builder(5).adoption(Adoption.constant("w", "m", 0.1).withBusinesses(shops(2)))
        .build();

    assertThatThrownBy(() -> Simulation.of(wholesale(2)).run(scenario)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adopting business must buy from m on a goods flow but did not (B0, adoption w->m)");
  }

  @Test
  void churn_ofConsumerSegment_isRefused() {
    Scenario scenario = Scenario.builder(5).churn(Churn.of(List.of("c0")).withHazard(0.1)).build();

    assertThatThrownBy(() -> Simulation.of(wholesale(1)).run(scenario)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("churning actor must be a business of the chain that trades goods but was 'c0'");
  }

  @Test
  void roleTrace_profitSharesAddToOneAndActiveCountsFollowTheChanges() {
    SimulationResult result = Simulation.of(wholesale(4)).run(Scenario.builder(60).seed(8).conservationCheck(true)
        .demand(DemandProcesses.poisson(10)).adoption(Adoption.bass("w", "s", 0.05, 0.3).withBusinesses(shops(4)))
        .churn(Churn.of(shops(4)).withHazard(0.02).withLeaving(Leaving.returnToSupplier())).build());
    RoleTrace trace = result.roleTrace().orElseThrow();

    int left = 0;
    for (int t = 0; t < trace.ticks(); t++) {
      double sum = 0;
      for (Role role : Role.values()) {
        sum += role == Role.C ? 0 : trace.profitShare(role, t);
      }
      assertThat(sum).isCloseTo(1, within(1e-9));
      left += trace.leavers(t);
      assertThat(trace.active(Role.B, t)).isEqualTo(5 - left);
    }
    assertThat(result.activeActors(Role.B, 59)).isEqualTo(5 - left);
  }
}
