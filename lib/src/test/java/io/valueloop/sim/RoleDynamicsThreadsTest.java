package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversions, adoption and churn keep a run bit-identical on one, two and four threads. */
class RoleDynamicsThreadsTest {
  static final int SEGMENTS = 120;
  private static final Series[] SERIES = {Series.ORDERS, Series.SHIPPED, Series.ON_HAND, Series.BACKLOG,
      Series.REVENUE, Series.COST};

  /**
   * m supplies a wholesaler and two platforms; each segment has a shop buying from the wholesaler and a platform
   * (one input), and three seats for converts buying from the platform, one of which also sells to the next segment.
   */
  static Scenario.Builder scenario(ValueChain.Builder b) {
    b.actor(Actor.builder().id("m").role(Role.M).build())
        .actor(Actor.builder().id("w").role(Role.B).initialInventory(500).holdingCost(0.1).build());
    GoodsTerms up = GoodsTerms.builder().price(1).leadTime(2).orderDelay(1).build();
    b.trade("m", "w", up);
    for (int s = 0; s < 2; s++) {
      b.actor(Actor.builder().id("s" + s).role(Role.S).initialInventory(500).holdingCost(0.1).build())
          .trade("m", "s" + s, up);
    }
    for (int c = 0; c < SEGMENTS; c++) {
      b.actor(Actor.builder().id("c" + c).role(Role.C).demand(10).build());
    }
    GoodsTerms supply = GoodsTerms.builder().price(2).leadTime(1).orderDelay(1).share(0.5).build().withInput("goods");
    Scenario.Builder scenario = Scenario.builder(80).seed(12).conservationCheck(true)
        .demand(TestDemand.uniform(5, 15));
    List<String> shops = new ArrayList<>();
    for (int c = 0; c < SEGMENTS; c++) {
      String platform = c < SEGMENTS / 2 ? "s0" : "s1";
      String shop = "B" + c;
      shops.add(shop);
      b.actor(Actor.builder().id(shop).role(Role.B).initialInventory(30).holdingCost(0.2).backlogCost(1).build())
          .trade("w", shop, supply).trade(platform, shop, supply)
          .trade(shop, "c" + c, GoodsTerms.builder().price(4).leadTime(1).share(0.5).build())
          .service(platform, shop, ServiceTerms.fee(0.5));
      String next = "c" + ((c + 1) % SEGMENTS);
      List<String> seats = Seats.add(b, "c" + c, List.of(next), platform, Actor.builder().id("b" + c).role(Role.B)
          .holdingCost(0.2).build(), GoodsTerms.builder().price(2).leadTime(1).build(), GoodsTerms.builder().price(4)
          .leadTime(1).share(0.3).build(), 0.2, 3);
      scenario.conversion(Conversion.bass("c" + c, 0.02, 0.3, 6).withCandidates(seats).withTakeover(0.05)
          .withNeighbours(0.02, List.of(next)).withChurn(0.03).withLeaving(Leaving.sellOff(0.5)));
    }
    scenario.adoption(Adoption.bass("w", "s0", 0.02, 0.2).withBusinesses(shops.subList(0, SEGMENTS / 2)))
        .adoption(Adoption.constant("w", "s1", 0.05).withBusinesses(shops.subList(SEGMENTS / 2, SEGMENTS)))
        .churn(Churn.of(shops).withHazard(0.005).withProfitFloor(8, 1).withLeaving(Leaving.returnToSupplier()));
    for (Series s : SERIES) {
      scenario.recordAll(s);
    }
    return scenario;
  }

  static String fingerprint(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.actorMetrics()).append(r.consumerSpend()).append(' ').append(r.ownCost());
    for (Series s : SERIES) {
      for (String id : r.recordedActors(s)) {
        b.append(s).append(id).append(Arrays.toString(r.series(s, id)));
      }
    }
    RoleTrace trace = r.roleTrace().orElseThrow();
    for (int t = 0; t < trace.ticks(); t++) {
      b.append(trace.converts(t)).append(',').append(trace.adopters(t)).append(',').append(trace.leavers(t))
          .append(',').append(trace.platformShare(t)).append(',').append(trace.returned(t)).append(',')
          .append(trace.soldOff(t));
      for (Role role : Role.values()) {
        b.append(',').append(trace.active(role, t)).append(',').append(trace.spendShare(role, t)).append(',')
            .append(trace.profitShare(role, t));
      }
    }
    return b.toString();
  }

  @Test
  void run_withConversionsAdoptionAndChurn_oneTwoAndFourThreadsGiveIdenticalBits() {
    ValueChain.Builder chain = ValueChain.builder();
    Scenario scenario = scenario(chain).build();
    Simulation one = Simulation.of(CompiledChain.compile(chain.build()));

    SimulationResult result = one.run(scenario);
    String expected = fingerprint(result);

    RoleTrace trace = result.roleTrace().orElseThrow();
    int converts = 0;
    int adopters = 0;
    int leavers = 0;
    for (int t = 0; t < trace.ticks(); t++) {
      converts += trace.converts(t);
      adopters += trace.adopters(t);
      leavers += trace.leavers(t);
    }
    assertThat(converts).isPositive();
    assertThat(adopters).isPositive();
    assertThat(leavers).isPositive();
    assertThat(fingerprint(one.withThreads(2, 1).run(scenario))).isEqualTo(expected);
    assertThat(fingerprint(one.withThreads(4, 1).run(scenario))).isEqualTo(expected);
  }

  @Test
  void run_withSharedDataAndRoleChanges_oneTwoAndFourThreadsGiveIdenticalBits() {
    ValueChain.Builder chain = ValueChain.builder();
    Scenario scenario = scenario(chain).build();
    // Every segment's data reaches its platform, every other one's the wholesaler: the DATA weights and the
    // wholesaler's uncovered shares follow the role changes.
    for (int c = 0; c < SEGMENTS; c++) {
      chain.data("c" + c, c < SEGMENTS / 2 ? "s0" : "s1", 1);
      if (c % 2 == 0) {
        chain.data("c" + c, "w", 0);
      }
    }
    Simulation one = Simulation.of(CompiledChain.compile(chain.build()));

    String expected = fingerprint(one.run(scenario));

    assertThat(expected).isNotEqualTo(fingerprint(one.run(scenario.withInformationSharing(false))));
    assertThat(fingerprint(one.withThreads(2, 1).run(scenario))).isEqualTo(expected);
    assertThat(fingerprint(one.withThreads(4, 1).run(scenario))).isEqualTo(expected);
  }
}
