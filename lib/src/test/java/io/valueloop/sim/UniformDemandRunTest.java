package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A run with the built-in uniform demand, whose segments the run draws from flat arrays ({@link FlatUniform}), gives
 * the bits of the same run with the user's lambda {@code random -> tick -> min + (max - min) * random.nextDouble()},
 * drawn through stream objects: on random chains with uniform segments mixed among normal, constant, lambda and
 * nominal ones, on one thread and with the draws split over two and four threads.
 */
class UniformDemandRunTest {
  private static final long BASE_SEED = 0x0F1A_2026L;

  /** The scenarios of one random case: with the built-in uniform, with the lambda, and with other bounds. */
  private record Pair(Scenario builtIn, Scenario lambda, Scenario otherBounds, int uniformSegments) {}

  private static Pair pair(SplittableRandom r, ValueChain chain) {
    Scenario drawn = SimulationThreadsTest.recordingAll(RandomScenarios.scenario(r, chain));
    Scenario.Builder builtIn = drawn.toBuilder();
    Scenario.Builder lambda = drawn.toBuilder();
    Scenario.Builder otherBounds = drawn.toBuilder();
    if (r.nextBoolean()) {
      double min = 10 * r.nextDouble();
      double max = min + 20 * r.nextDouble();
      builtIn.demand(DemandProcesses.uniform(min, max));
      lambda.demand(TestDemand.uniform(min, max));
      otherBounds.demand(DemandProcesses.uniform(min, max + 1));
    }
    for (Actor actor : chain.actors()) {
      if (actor.role() != Role.C) {
        continue;
      }
      int kind = r.nextInt(6);
      DemandProcess same = switch (kind) {
        case 0 -> DemandProcesses.normal(20 * r.nextDouble(), 3 * r.nextDouble());
        case 1 -> DemandProcesses.constant(20 * r.nextDouble());
        case 2 -> TestDemand.uniform(0, 10);
        default -> null;
      };
      if (same != null) {
        builtIn.demand(actor.id(), same);
        lambda.demand(actor.id(), same);
        otherBounds.demand(actor.id(), same);
      } else if (kind > 3) {
        double min = r.nextInt(4) == 0 ? 0 : 15 * r.nextDouble();
        double max = min + (r.nextInt(5) == 0 ? 0 : 15 * r.nextDouble());
        builtIn.demand(actor.id(), DemandProcesses.uniform(min, max));
        lambda.demand(actor.id(), TestDemand.uniform(min, max));
        otherBounds.demand(actor.id(), DemandProcesses.uniform(min, max + 1));
      }
    }
    Scenario flat = builtIn.build();
    int uniform = 0;
    for (Actor actor : chain.actors()) {
      DemandProcess process = flat.segmentDemand().getOrDefault(actor.id(), flat.defaultDemand().orElse(null));
      uniform += actor.role() == Role.C && process instanceof DemandProcesses.Uniform ? 1 : 0;
    }
    return new Pair(flat, lambda.build(), otherBounds.build(), uniform);
  }

  @Test
  void run_randomChainsBuiltInUniformOrLambda_giveIdenticalBitsOnOneTwoAndFourThreads() {
    int withUniform = 0;
    int demandMatters = 0;
    for (int i = 0; i < 150; i++) {
      long seed = BASE_SEED + 6_271L * i;
      SplittableRandom random = new SplittableRandom(seed);
      ValueChain chain = RandomScenarios.chain(random);
      Pair pair = pair(random, chain);
      Simulation one = Simulation.of(CompiledChain.compile(chain));

      String expected = SimulationThreadsTest.fingerprint(one.run(pair.lambda()));

      assertThat(SimulationThreadsTest.fingerprint(one.run(pair.builtIn()))).as("seed %d", seed).isEqualTo(expected);
      assertThat(SimulationThreadsTest.fingerprint(one.withThreads(2, 1).run(pair.builtIn())))
          .as("seed %d, 2 threads", seed).isEqualTo(expected);
      assertThat(SimulationThreadsTest.fingerprint(one.withThreads(4, 1).run(pair.builtIn())))
          .as("seed %d, 4 threads", seed).isEqualTo(expected);
      withUniform += pair.uniformSegments() > 0 ? 1 : 0;
      demandMatters += SimulationThreadsTest.fingerprint(one.run(pair.otherBounds())).equals(expected) ? 0 : 1;
    }
    // The comparison means something only if many runs drew uniform segments (90 of 150 here) and their draws
    // reached the results: other bounds change them.
    assertThat(withUniform).isGreaterThan(75);
    assertThat(demandMatters).isGreaterThanOrEqualTo(withUniform * 9 / 10);
  }

  @Test
  void run_largeTreeWithSplitDraws_builtInUniformGivesTheLambdasBits() {
    Simulation one = Simulation.of(SimulationThreadsTest.tree(3_000));
    Scenario.Builder lambda = Scenario.builder(40).seed(11).warmUp(5).steadyStart(true)
        .policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3))).event(Event.actorOutage("s2", 8, 12))
        .demand(TestDemand.uniform(5, 15));
    Scenario.Builder builtIn = lambda.build().toBuilder().demand(DemandProcesses.uniform(5, 15));
    // Every third segment draws otherwise, so that flat and object draws interleave in every thread's slots.
    for (int c = 0; c < 3_000; c += 3) {
      DemandProcess other = c % 2 == 0 ? DemandProcesses.normal(10, 2) : DemandProcesses.constant(9);
      lambda.demand("c" + c, other);
      builtIn.demand("c" + c, other);
    }

    String expected = SimulationThreadsTest.fingerprint(one.run(SimulationThreadsTest.recordingAll(lambda.build())));

    Scenario flat = SimulationThreadsTest.recordingAll(builtIn.build());
    assertThat(SimulationThreadsTest.fingerprint(one.run(flat))).isEqualTo(expected);
    assertThat(SimulationThreadsTest.fingerprint(one.withThreads(2).run(flat))).isEqualTo(expected);
    assertThat(SimulationThreadsTest.fingerprint(one.withThreads(4).run(flat))).isEqualTo(expected);
  }

  @Test
  void step_builtInUniformOnTwoThreads_allocatesNothingPerTick() {
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Scenario.Builder b = Scenario.builder(100_000).demand(DemandProcesses.uniform(0, 10))
        .policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3)));
    for (int c = 0; c < 2_500; c += 2) {
      b.demand("c" + c, DemandProcesses.normal(5, 1));
    }
    try (SimulationRun run = Simulation.of(SimulationThreadsTest.tree(2_500)).withThreads(2).start(b.build())) {
      for (int i = 0; i < 2_000; i++) {
        run.step();
      }
      long before = SimulationThreadsTest.allocatedByAll(mx);
      for (int i = 0; i < 1_000; i++) {
        run.step();
      }

      // As SimulationThreadsTest's: anything allocated per tick would show far more over 1,000 ticks.
      assertThat(SimulationThreadsTest.allocatedByAll(mx) - before).isLessThan(200_000);
    }
  }
}
