package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A tick shared among threads gives the same bits as one thread. */
class SimulationThreadsTest {
  private static final long BASE_SEED = 0x7A_2026L;
  static final Series[] SERIES = {Series.ORDERS, Series.SHIPPED, Series.ON_HAND, Series.BACKLOG,
      Series.DEMAND_SIGNAL, Series.REVENUE, Series.COST};

  /** Everything a result reports, as exact text: doubles print every bit that distinguishes them. */
  static String fingerprint(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.actorMetrics()).append(r.consumerSpend()).append(' ').append(r.ownCost());
    for (Role role : Role.values()) {
      b.append(r.metrics(role));
    }
    for (Series s : SERIES) {
      for (String id : r.recordedActors(s)) {
        b.append(s).append(id).append(Arrays.toString(r.series(s, id)));
      }
    }
    return b.toString();
  }

  static Scenario recordingAll(Scenario scenario) {
    Scenario.Builder b = scenario.toBuilder().conservationCheck(true);
    for (Series s : SERIES) {
      b.recordAll(s);
    }
    return b.build();
  }

  @Test
  void run_randomChainsEveryLevelSplit_oneTwoAndFourThreadsGiveIdenticalBits() {
    for (int i = 0; i < 150; i++) {
      long seed = BASE_SEED + 104_729L * i;
      SplittableRandom random = new SplittableRandom(seed);
      ValueChain chain = RandomScenarios.chain(random);
      Scenario scenario = recordingAll(RandomScenarios.scenario(random, chain));
      Simulation one = Simulation.of(CompiledChain.compile(chain));

      String expected = fingerprint(one.run(scenario));

      assertThat(fingerprint(one.withThreads(2, 1).run(scenario))).as("seed %d, 2 threads", seed)
          .isEqualTo(expected);
      assertThat(fingerprint(one.withThreads(4, 1).run(scenario))).as("seed %d, 4 threads", seed)
          .isEqualTo(expected);
    }
  }

  /** A distribution tree: platforms, each business selling to two segments, several businesses per segment. */
  static CompiledChain tree(int businesses) {
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).unitCost(1).build());
    for (int s = 0; s < 4; s++) {
      b.actor(Actor.builder().id("s" + s).role(Role.S).initialInventory(500).holdingCost(0.1).build());
      b.trade("m", "s" + s, GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build());
    }
    for (int i = 0; i < businesses; i++) {
      b.actor(Actor.builder().id("b" + i).role(Role.B).initialInventory(20).holdingCost(0.2).backlogCost(1).build());
      b.trade("s" + (i % 4), "b" + i, GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
    }
    for (int c = 0; c < businesses; c++) {
      b.actor(Actor.builder().id("c" + c).role(Role.C).demand(10).build());
      b.trade("b" + c, "c" + c, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build().withShare(0.5));
      b.trade("b" + ((c + 1) % businesses), "c" + c, GoodsTerms.builder().price(4.5).leadTime(1).orderDelay(0).build().withShare(0.5));
      b.data("c" + c, "s" + (c % 4), 1);
    }
    return CompiledChain.compile(b.build());
  }

  @Test
  void run_largeTreeDefaultSplit_oneTwoAndFourThreadsGiveIdenticalBits() {
    Simulation one = Simulation.of(tree(5_000));
    Scenario scenario = recordingAll(Scenario.builder(60).seed(3).warmUp(5).steadyStart(true)
        .demand(TestDemand.uniform(5, 15)).policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3)))
        .event(Event.actorOutage("s1", 10, 14)).build());

    String expected = fingerprint(one.run(scenario));

    assertThat(fingerprint(one.withThreads(2).run(scenario))).isEqualTo(expected);
    assertThat(fingerprint(one.withThreads(4).run(scenario))).isEqualTo(expected);
  }

  @Test
  void step_failingRuleOnTwoThreads_reportsTheSameActorAsOneThread() {
    Simulation one = Simulation.of(tree(3_000));
    Scenario scenario = Scenario.builder(10).policy(view -> {
      boolean bad = view.id().equals("b2500") || view.id().equals("b10");
      return v -> bad && v.tick() == 4 ? Double.NaN : 1;
    }).build();

    List<String> messages = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      try (SimulationRun run = one.withThreads(threads).start(scenario)) {
        assertThatThrownBy(run::finish).isInstanceOf(IllegalStateException.class)
            .satisfies(e -> messages.add(e.getMessage()));
      }
    }

    // The first failing actor in compiled order, whichever thread met it.
    assertThat(messages).hasSize(3).containsOnly(messages.get(0));
    assertThat(messages.get(0)).matches("order must be finite but was NaN \\(actor b(10|2500), tick 4\\)");
  }

  @Test
  void step_twoThreads_allocatesNothingPerTickOnAnyThread() {
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Scenario scenario = Scenario.builder(100_000).demand(TestDemand.uniform(0, 10))
        .policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3))).build();
    try (SimulationRun run = Simulation.of(tree(2_500)).withThreads(2).start(scenario)) {
      for (int i = 0; i < 2_000; i++) {
        run.step();
      }
      long before = allocatedByAll(mx);
      for (int i = 0; i < 1_000; i++) {
        run.step();
      }
      long allocated = allocatedByAll(mx) - before;

      // Levels of 2,500 actors are split between the caller and the worker; 1,000 ticks allocating anything per
      // tick would show far more. Other threads of the JVM (the compiler's are not Java threads) allocate little.
      assertThat(allocated).isLessThan(200_000);
    }
  }

  static long allocatedByAll(ThreadMXBean mx) {
    long sum = 0;
    for (long id : mx.getAllThreadIds()) {
      long bytes = mx.getThreadAllocatedBytes(id);
      sum += Math.max(0, bytes);
    }
    return sum;
  }

  @Test
  void withThreads_belowOne_isRejected() {
    Simulation one = Simulation.of(tree(10));

    assertThat(one.withThreads(3).threads()).isEqualTo(3);
    assertThatThrownBy(() -> one.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads must be at least 1 but was 0");
  }
}
