package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The plain turn ({@link PlainTurn}) gives the same bits as the general one ({@link Turns#actorTurn}). The conservation
 * check switches the plain turn off and changes no number, so a run with it and one without must agree bit for bit;
 * the random scenarios mix actors on the flat rule (which take the plain turn) with others, and events that switch it
 * off mid-run (a link down), on one thread and on four.
 */
class PlainTurnTest {
  private static final long BASE_SEED = 0x91A1_2026L;

  @Test
  void run_randomChainsWithFlatRules_plainAndGeneralTurnsGiveIdenticalBits() {
    int plainActors = 0;
    int plainRuns = 0;
    for (int i = 0; i < 200; i++) {
      long seed = BASE_SEED + 7_919L * i;
      SplittableRandom random = new SplittableRandom(seed);
      ValueChain chain = RandomScenarios.chain(random);
      Scenario drawn = RandomScenarios.scenario(random, chain);
      OrderingPolicy flat = Policies.orderUpTo(Forecast.exponentialSmoothing(0.1 + 0.8 * random.nextDouble()));
      Scenario.Builder b = drawn.toBuilder().policy(flat).policy(Role.B, flat).policy(Role.S, flat);
      for (Series s : SimulationThreadsTest.SERIES) {
        b.recordAll(s);
      }
      Scenario plain = b.conservationCheck(false).build();
      Scenario general = b.conservationCheck(true).build();
      CompiledChain compiled = CompiledChain.compile(chain);
      Simulation one = Simulation.of(compiled);

      String expected = SimulationThreadsTest.fingerprint(one.run(general));

      assertThat(SimulationThreadsTest.fingerprint(one.run(plain))).as("seed %d", seed).isEqualTo(expected);
      assertThat(SimulationThreadsTest.fingerprint(one.withThreads(4, 1).run(plain))).as("seed %d, 4 threads", seed)
          .isEqualTo(expected);
      try (Run run = new Run(new Topology(compiled), plain, null, 1, TickTeam.SMALL)) {
        plainActors += run.plainActors();
        plainRuns += run.plainActors() > 0 ? 1 : 0;
      }
    }
    // The comparison means something only if the plain turn ran: in most runs, for many actors.
    assertThat(plainRuns).isGreaterThan(100);
    assertThat(plainActors).isGreaterThan(200);
  }

  @Test
  void run_roleDynamicsWithSharedData_plainAndGeneralTurnsGiveIdenticalBits() {
    ValueChain.Builder b = ValueChain.builder();
    OrderingPolicy flat = Policies.orderUpTo(Forecast.exponentialSmoothing(0.3));
    Scenario.Builder scenario = RoleDynamicsThreadsTest.scenario(b).policy(flat);
    for (int c = 0; c < RoleDynamicsThreadsTest.SEGMENTS; c++) {
      b.data("c" + c, c < RoleDynamicsThreadsTest.SEGMENTS / 2 ? "s0" : "s1", 1);
    }
    CompiledChain compiled = CompiledChain.compile(b.build());
    Scenario plain = scenario.conservationCheck(false).build();
    Scenario general = scenario.conservationCheck(true).build();
    Simulation one = Simulation.of(compiled);

    String expected = RoleDynamicsThreadsTest.fingerprint(one.run(general));

    assertThat(RoleDynamicsThreadsTest.fingerprint(one.run(plain))).isEqualTo(expected);
    assertThat(RoleDynamicsThreadsTest.fingerprint(one.withThreads(4, 1).run(plain))).isEqualTo(expected);
    try (Run run = new Run(new Topology(compiled), plain, null, 1, TickTeam.SMALL)) {
      assertThat(run.plainActors()).as("actors on the plain turn").isGreaterThan(RoleDynamicsThreadsTest.SEGMENTS);
    }
  }

  /**
   * A run stepped part of the way on two threads (closed or not) and then finished, twice, gives the bits of the
   * general turn on one thread: segments and stockists on the plain turn, built-in uniform demand drawn flat, the
   * money of the last tick added once.
   */
  @Test
  void finish_afterSteppingOnTwoThreads_givesTheGeneralTurnsBitsOnceAndAgain() {
    for (int i = 0; i < 60; i++) {
      long seed = BASE_SEED + 7_717L * i;
      SplittableRandom random = new SplittableRandom(seed);
      ValueChain chain = RandomScenarios.chain(random);
      Scenario drawn = RandomScenarios.scenario(random, chain);
      OrderingPolicy flat = Policies.orderUpTo(Forecast.exponentialSmoothing(0.1 + 0.8 * random.nextDouble()));
      double min = 10 * random.nextDouble();
      Scenario.Builder b = drawn.toBuilder().policy(flat).policy(Role.B, flat).policy(Role.S, flat)
          .demand(DemandProcesses.uniform(min, min + 20 * random.nextDouble()));
      for (Series s : SimulationThreadsTest.SERIES) {
        b.recordAll(s);
      }
      Scenario plain = b.conservationCheck(false).build();
      Simulation one = Simulation.of(CompiledChain.compile(chain));
      String expected = SimulationThreadsTest.fingerprint(one.run(b.conservationCheck(true).build()));

      SimulationRun run = one.withThreads(2, 1).start(plain);
      int stepped = random.nextInt(plain.ticks() + 1);
      for (int t = 0; t < stepped; t++) {
        run.step();
      }
      if (random.nextBoolean()) {
        run.close();
      }

      assertThat(SimulationThreadsTest.fingerprint(run.finish())).as("seed %d, %d ticks stepped", seed, stepped)
          .isEqualTo(expected);
      assertThat(SimulationThreadsTest.fingerprint(run.finish())).as("seed %d, finished again", seed)
          .isEqualTo(expected);
    }
  }

  /**
   * A tree large enough for the default split ({@link TickTeam#SMALL}) to share every level and the draws among
   * threads (4 platforms, 1,500 businesses with a supplier each, 3,000 segments, a third sharing their demand data), with uniform, normal and constant demand, a
   * warm-up, an outage and a demand shock: the plain turns on two to four threads give the general turn's bits on one,
   * and so does a run whose link outage switches the plain turn off halfway.
   */
  @Test
  void run_largeTreeOnSeveralThreads_plainTurnsGiveTheGeneralTurnsBits() {
    CompiledChain chain = tree(1_500);
    Simulation one = Simulation.of(chain);
    Scenario.Builder b = Scenario.builder(50).seed(5).warmUp(7).steadyStart(true).informationSharing(true)
        .policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3))).demand(DemandProcesses.uniform(5, 15))
        .event(Event.actorOutage("s1", 10, 14)).event(Event.demandShock("c7", 3, 20, 2.5));
    for (int c = 0; c < 3_000; c += 5) {
      b.demand("c" + c, c % 2 == 0 ? DemandProcesses.normal(10, 2) : DemandProcesses.constant(9));
    }
    for (Series s : SimulationThreadsTest.SERIES) {
      b.recordAll(s);
    }
    Scenario plain = b.build();
    Scenario links = plain.toBuilder().event(Event.linkOutage("s2", "b2", 30, 33)).build();
    String expected = SimulationThreadsTest.fingerprint(one.run(plain.toBuilder().conservationCheck(true).build()));
    String expectedLinks = SimulationThreadsTest.fingerprint(one.run(links.toBuilder().conservationCheck(true)
        .build()));
    try (Run run = new Run(new Topology(chain), plain, null, 2, TickTeam.SMALL)) {
      assertThat(run.plainActors()).as("actors on the plain turn").isGreaterThan(1_000);
    }

    assertThat(SimulationThreadsTest.fingerprint(one.run(plain))).isEqualTo(expected);
    assertThat(SimulationThreadsTest.fingerprint(one.run(links))).isEqualTo(expectedLinks);
    for (int threads = 2; threads <= 4; threads++) {
      assertThat(SimulationThreadsTest.fingerprint(one.withThreads(threads).run(plain))).as("%d threads", threads)
          .isEqualTo(expected);
      assertThat(SimulationThreadsTest.fingerprint(one.withThreads(threads).run(links))).as("%d threads, link down",
          threads).isEqualTo(expectedLinks);
    }
  }

  /** m supplies 4 platforms s0..s3; each of {@code businesses} b buys from one; each b serves two segments. */
  private static CompiledChain tree(int businesses) {
    ValueChain.Builder b = ValueChain.builder().actor(Actor.builder().id("m").role(Role.M).unitCost(1).build());
    for (int s = 0; s < 4; s++) {
      b.actor(Actor.builder().id("s" + s).role(Role.S).initialInventory(500).holdingCost(0.1).build());
      b.trade("m", "s" + s, GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build());
    }
    for (int i = 0; i < businesses; i++) {
      b.actor(Actor.builder().id("b" + i).role(Role.B).initialInventory(20).holdingCost(0.2).backlogCost(1)
          .unitCost(0.3).build());
      b.trade("s" + (i % 4), "b" + i, GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
    }
    for (int c = 0; c < 2 * businesses; c++) {
      b.actor(Actor.builder().id("c" + c).role(Role.C).demand(10).build());
      b.trade("b" + (c / 2), "c" + c, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build());
      if (c % 3 == 0) {
        b.data("c" + c, "s" + (c % 4), 1);
      }
    }
    return CompiledChain.compile(b.build());
  }
}
