package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The mechanics of issue 11 keep a run bit-identical across thread counts and allocate nothing per tick. */
class MechanicsThreadsTest {
  private static final Series[] SERIES = {Series.ORDERS, Series.SHIPPED, Series.ON_HAND, Series.BACKLOG,
      Series.RECEIVED, Series.CAPACITY};

  /** m -> 4 platforms -> businesses -> one segment each. */
  private static CompiledChain tree(int businesses) {
    ValueChain.Builder b = ValueChain.builder().actor(Actor.builder().id("m").role(Role.M).build());
    for (int s = 0; s < 4; s++) {
      b.actor(Actor.builder().id("s" + s).role(Role.S).initialInventory(500).holdingCost(0.1).build());
      b.trade("m", "s" + s, GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build());
    }
    for (int i = 0; i < businesses; i++) {
      b.actor(Actor.builder().id("b" + i).role(Role.B).initialInventory(20).holdingCost(0.2).backlogCost(1).build());
      b.trade("s" + (i % 4), "b" + i, GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
      b.actor(Actor.builder().id("c" + i).role(Role.C).demand(10).build());
      b.trade("b" + i, "c" + i, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build());
    }
    return CompiledChain.compile(b.build());
  }

  private static Scenario.Builder mechanics(int ticks, int businesses) {
    Scenario.Builder b = Scenario.builder(ticks).seed(5).demand(TestDemand.uniform(5, 15))
        .policy(Policies.reorderPoint(30, 30)).policy(Role.S, Policies.echelonBaseStock(30 * businesses / 4 + 60))
        .shortage(Shortage.patience(2)).shortage("s1", "b1", Shortage.lost()).sourcing(SourcingRule.BY_AVAILABILITY);
    for (int s = 0; s < 4; s++) {
      b.fault(Fault.actor("s" + s, Fault.Duration.geometric(0.05), Fault.Duration.geometric(0.3)).destroying(0.1));
      b.leadTime("m", "s" + s, RandomLeadTime.uniform(1, 4));
    }
    for (int i = 0; i < businesses; i += 7) {
      b.fault(Fault.link("s" + (i % 4), "b" + i, Fault.Duration.geometric(0.1), Fault.Duration.fixed(2)));
    }
    ChannelPlan.Builder channels = ChannelPlan.builder().onlineShare(0.3).shareChange(ticks / 2, "c2", 0.9);
    for (int i = 0; i + 1 < businesses; i += 3) {
      channels.business("b" + i, ChannelSetup.dropShip("s" + (i % 4), 0.5, 2));
      channels.business("b" + (i + 1), ChannelSetup.shipFromStore(3).withIntegrated(false));
    }
    return b.channels(channels.build());
  }

  private static String fingerprint(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.actorMetrics()).append(r.consumerSpend()).append(' ').append(r.ownCost());
    for (Series s : SERIES) {
      for (String id : r.recordedActors(s)) {
        b.append(s).append(id).append(Arrays.toString(r.series(s, id)));
      }
    }
    for (String id : new String[] {"s0", "s1", "b1", "c1"}) {
      b.append(r.lostSales(id)).append(r.lostDemand(id));
    }
    for (String id : new String[] {"b0", "b1", "b2", "b3"}) {
      b.append(r.channels(id));
    }
    return b.toString();
  }

  @Test
  void run_withMechanics_oneTwoAndFourThreadsGiveIdenticalBits() {
    Simulation one = Simulation.of(tree(400));
    Scenario.Builder b = mechanics(80, 400).conservationCheck(true);
    for (Series s : SERIES) {
      b.recordAll(s);
    }
    Scenario scenario = b.build();

    String expected = fingerprint(one.run(scenario));

    assertThat(fingerprint(one.withThreads(2, 1).run(scenario))).isEqualTo(expected);
    assertThat(fingerprint(one.withThreads(4, 1).run(scenario))).isEqualTo(expected);
  }

  @Test
  void run_switchingTheMechanicsOn_leavesEverySegmentsDemandDrawsUnchanged() {
    // Each mechanic draws from its own stream, so the segments' demand (their orders) is the same draw for draw.
    Simulation sim = Simulation.of(tree(40));
    Scenario plain = Scenario.builder(80).seed(5).demand(TestDemand.uniform(5, 15))
        .policy(Policies.reorderPoint(30, 30)).recordAll(Series.ORDERS).build();
    SimulationResult without = sim.run(plain);
    SimulationResult with = sim.run(mechanics(80, 40).recordAll(Series.ORDERS).build());

    for (int i = 0; i < 40; i++) {
      assertThat(with.series(Series.ORDERS, "c" + i)).as("c" + i)
          .containsExactly(without.series(Series.ORDERS, "c" + i));
    }
    assertThat(with.series(Series.ORDERS, "b0")).isNotEqualTo(without.series(Series.ORDERS, "b0"));
  }

  @Test
  void step_withMechanics_allocatesNothingPerTick() {
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (SimulationRun run = Simulation.of(tree(1_000)).start(mechanics(5_000, 1_000).build())) {
      for (int i = 0; i < 2_000; i++) {
        run.step();
      }
      long before = mx.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1_000; i++) {
        run.step();
      }
      long allocated = mx.getCurrentThreadAllocatedBytes() - before;

      assertThat(allocated).isLessThan(10_000);
    }
  }
}
