package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
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
}
