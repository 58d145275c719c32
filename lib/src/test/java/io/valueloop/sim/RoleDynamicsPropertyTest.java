package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Conservation through conversions, adoption and churn over the seeded random chains of {@link
 * SimulationPropertyTest}: every segment with two or more sellers keeps its first seller as incumbent and seats
 * converts in the others (a seller seats converts of one segment at most); every business with two suppliers of one
 * input adopts the second; a random set of businesses and platforms churns by a hazard and a profit floor, with a
 * random leaver rule. The conservation check runs at the end of every tick, steady start or not.
 */
class RoleDynamicsPropertyTest {
  private static final int CASES = 300;
  private static final long BASE_SEED = 0x5EED_1200L;

  @Test
  void run_randomChainsWithConversionsAdoptionAndChurn_conserveEveryTick() {
    int withConversion = 0;
    double[] seen = new double[5];
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + 7_919L * i;
      try {
        SplittableRandom random = new SplittableRandom(seed);
        ValueChain chain = RandomScenarios.chain(random);
        Scenario.Builder scenario = RandomScenarios.scenario(random, chain).toBuilder()
            .steadyStart(random.nextBoolean()).conservationCheck(true);
        List<String> segments = new ArrayList<>();
        Set<String> seated = new HashSet<>();
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
          seats.removeAll(seated);
          if (seats.isEmpty()) {
            continue;
          }
          seated.addAll(seats);
          String id = chain.actor(c).id();
          Conversion conversion = random.nextBoolean()
              ? Conversion.bass(id, 0.02 + 0.1 * random.nextDouble(), 0.5 * random.nextDouble(), 1 + random.nextInt(20))
              : Conversion.constant(id, 0.3 * random.nextDouble(), 1_000);
          scenario.conversion(conversion.withCandidates(seats).withTakeover(random.nextDouble() / seats.size())
              .withChurn(0.3 * random.nextDouble()).withLeaving(leaving(random)));
          segments.add(id);
        }
        int adoptions = adoptions(random, chain, scenario);
        List<String> churning = new ArrayList<>();
        for (int a = 0; a < chain.actorCount(); a++) {
          Role role = chain.actor(a).role();
          boolean sells = Arrays.stream(chain.outgoing(a)).anyMatch(f -> chain.kind(f) == FlowKind.GOODS);
          if ((role == Role.B || role == Role.S) && sells && random.nextInt(3) == 0) {
            churning.add(chain.actor(a).id());
          }
        }
        if (!churning.isEmpty()) {
          scenario.churn(Churn.of(churning).withHazard(0.05 * random.nextDouble())
              .withProfitFloor(1 + random.nextInt(10), 5 * random.nextDouble() - 2).withLeaving(leaving(random)));
        }
        if (segments.isEmpty() && adoptions == 0 && churning.isEmpty()) {
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
        RoleTrace trace = result.roleTrace().orElseThrow();
        for (int t = 0; t < trace.ticks(); t++) {
          assertThat(trace.platformShare(t)).isBetween(0.0, 1.0 + 1e-12);
          assertThat(trace.active(Role.C, t)).isEqualTo(chain.actors(Role.C).size());
          seen[0] += trace.adopters(t);
          seen[1] += trace.leavers(t);
          seen[2] += trace.returned(t);
          seen[3] += trace.soldOff(t);
          seen[4] += trace.lost(t);
        }
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("random role-dynamics case failed for seed " + seed + ": " + e.getMessage(), e);
      }
    }
    assertThat(withConversion).isGreaterThan(CASES / 2);
    // Every kind of change happened somewhere: adopters, leavers, and stock returned, sold off and lost.
    assertThat(Arrays.stream(seen).min().orElseThrow()).as(Arrays.toString(seen)).isPositive();
  }

  private static Leaving leaving(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> Leaving.keep();
      case 1 -> Leaving.returnToSupplier();
      case 2 -> Leaving.sellOff(random.nextDouble());
      default -> Leaving.lose();
    };
  }

  /** Adds an adoption for every wholesaler–platform pair of businesses with two suppliers of one input. */
  private static int adoptions(SplittableRandom random, ValueChain chain, Scenario.Builder scenario) {
    Map<List<String>, List<String>> byPair = new LinkedHashMap<>();
    for (int a = 0; a < chain.actorCount(); a++) {
      if (chain.actor(a).role() != Role.B) {
        continue;
      }
      List<Integer> goods = new ArrayList<>();
      for (int f : chain.incoming(a)) {
        if (chain.kind(f) == FlowKind.GOODS && chain.actor(chain.source(f)).role() == Role.S) {
          goods.add(f);
        }
      }
      if (goods.size() == 2 && random.nextBoolean()) {
        byPair.computeIfAbsent(List.of(chain.actor(chain.source(goods.get(0))).id(),
            chain.actor(chain.source(goods.get(1))).id()), k -> new ArrayList<>()).add(chain.actor(a).id());
      }
    }
    for (Map.Entry<List<String>, List<String>> e : byPair.entrySet()) {
      Adoption adoption = random.nextBoolean()
          ? Adoption.bass(e.getKey().get(0), e.getKey().get(1), 0.05, 0.3 * random.nextDouble())
          : Adoption.constant(e.getKey().get(0), e.getKey().get(1), 0.2 * random.nextDouble());
      scenario.adoption(adoption.withBusinesses(e.getValue()));
    }
    return byPair.size();
  }
}
