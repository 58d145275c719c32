package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Conservation through conversions and churn over the seeded random chains of {@link SimulationPropertyTest}: every
 * segment with two or more sellers keeps its first seller as incumbent and seats converts in the others.
 */
class RoleDynamicsPropertyTest {
  private static final int CASES = 300;
  private static final long BASE_SEED = 0x5EED_1200L;

  @Test
  void run_randomChainsWithConversionsAndChurn_conserveEveryTick() {
    int withConversion = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + 7_919L * i;
      try {
        SplittableRandom random = new SplittableRandom(seed);
        ValueChain chain = RandomScenarios.chain(random);
        Scenario.Builder scenario = RandomScenarios.scenario(random, chain).toBuilder().steadyStart(false)
            .conservationCheck(true);
        List<String> segments = new ArrayList<>();
        for (int c = 0; c < chain.actorCount(); c++) {
          if (chain.actor(c).role() != Role.C) {
            continue;
          }
          List<String> seats = new ArrayList<>();
          for (int f : chain.incoming(c)) {
            if (chain.kind(f) == FlowKind.GOODS) {
              seats.add(chain.actor(chain.source(f)).id());
            }
          }
          if (seats.size() < 2) {
            continue;
          }
          seats.remove(0);
          String id = chain.actor(c).id();
          Conversion conversion = random.nextBoolean()
              ? Conversion.bass(id, 0.02 + 0.1 * random.nextDouble(), 0.5 * random.nextDouble(), 1 + random.nextInt(20))
              : Conversion.constant(id, 0.3 * random.nextDouble(), 1_000);
          scenario.conversion(conversion.withCandidates(seats).withTakeover(random.nextDouble() / seats.size())
              .withChurn(0.3 * random.nextDouble()));
          segments.add(id);
        }
        if (segments.isEmpty()) {
          continue;
        }
        withConversion++;
        SimulationResult result = Simulation.of(CompiledChain.compile(chain)).run(scenario.build());
        for (String id : segments) {
          PopulationTrace trace = result.population(id);
          long net = 0;
          for (int t = 0; t < trace.ticks(); t++) {
            net += trace.converts(t) - trace.leavers(t);
            assertThat(trace.active(t)).isEqualTo(net).isBetween(0, trace.conversion().candidates().size());
          }
        }
        for (ActorMetrics m : result.actorMetrics()) {
          assertThat(m.meanOnHand()).as(m.id()).isGreaterThanOrEqualTo(0);
        }
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("random role-dynamics case failed for seed " + seed + ": " + e.getMessage(), e);
      }
    }
    assertThat(withConversion).isGreaterThan(CASES / 10);
  }
}
