package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * Conservation and determinism over seeded random chains with random events (docs/design.md §5). Each case runs with the
 * conservation check on every tick; a failure names the seed that reproduces it.
 */
class SimulationPropertyTest {
  private static final int CASES = 1_000;
  private static final long BASE_SEED = 0x5EED_2024L;

  @Test
  void run_randomChainsWithRandomEvents_conserveGoodsOrdersAndMoneyEveryTick() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      try {
        SplittableRandom random = new SplittableRandom(seed);
        ValueChain chain = RandomScenarios.chain(random);
        Scenario scenario = RandomScenarios.scenario(random, chain);
        SimulationResult result = Simulation.of(CompiledChain.compile(chain)).run(scenario);
        for (ActorMetrics m : result.actorMetrics()) {
          assertThat(DoubleStream.of(m.meanOnHand(), m.meanBacklog(), m.revenue(), m.cost(),
              m.orderVariance(), m.demandVariance()).allMatch(Double::isFinite)).as(m.id()).isTrue();
          assertThat(m.meanOnHand()).as(m.id()).isGreaterThanOrEqualTo(0);
        }
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("random simulation case failed for seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void run_randomChainsWithFaultsShortagesAndRandomLeadTimes_conserveEveryTick() {
    for (int i = 0; i < CASES / 2; i++) {
      long seed = BASE_SEED + 104_729L * i;
      try {
        SplittableRandom random = new SplittableRandom(seed);
        ValueChain chain = RandomScenarios.chain(random);
        Scenario scenario = RandomScenarios.withMechanics(new SplittableRandom(~seed), chain,
            RandomScenarios.scenario(random, chain));
        SimulationResult result = Simulation.of(CompiledChain.compile(chain)).run(scenario);
        double lostSold = 0;
        double lostBought = 0;
        for (ActorMetrics m : result.actorMetrics()) {
          assertThat(m.meanOnHand()).as(m.id()).isGreaterThanOrEqualTo(0);
          assertThat(result.lostSales(m.id()).units()).as(m.id()).isGreaterThanOrEqualTo(0);
          assertThat(result.lostSales(m.id()).revenue()).as(m.id()).isGreaterThanOrEqualTo(0);
          lostSold += result.lostSales(m.id()).units();
          lostBought += result.lostDemand(m.id()).units();
          for (ChannelMetrics c : result.channels(m.id()).values()) {
            assertThat(c.servedAtOnce()).as(m.id() + " " + c.channel())
                .isBetween(0.0, Math.min(c.sales(), c.demand()) + 1e-9 * (1 + c.demand()));
            assertThat(c.lostRevenue()).as(m.id() + " " + c.channel()).isGreaterThanOrEqualTo(0);
          }
        }
        // Every unit lost is lost by a seller and to a buyer.
        assertThat(lostSold).isCloseTo(lostBought, within(1e-9 * (1 + lostSold)));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("random simulation case with mechanics failed for seed " + seed + ": "
            + e.getMessage(), e);
      }
    }
  }

  @Test
  void run_sameSeed_givesIdenticalResults() {
    for (int i = 0; i < 50; i++) {
      long seed = BASE_SEED + 7919L * i;
      SplittableRandom random = new SplittableRandom(seed);
      ValueChain chain = RandomScenarios.chain(random);
      Scenario scenario = RandomScenarios.scenario(random, chain).toBuilder().recordAll(Series.ORDERS)
          .recordAll(Series.PROFIT).build();
      Simulation simulation = Simulation.of(CompiledChain.compile(chain));

      SimulationResult first = simulation.run(scenario);
      SimulationResult second = Simulation.of(CompiledChain.compile(chain)).run(scenario);

      assertThat(second.actorMetrics()).as("seed %d", seed).containsExactlyElementsOf(first.actorMetrics());
      for (ActorMetrics m : first.actorMetrics()) {
        assertThat(second.series(Series.ORDERS, m.id())).as("seed %d", seed)
            .containsExactly(first.series(Series.ORDERS, m.id()));
        assertThat(second.series(Series.PROFIT, m.id())).as("seed %d", seed)
            .containsExactly(first.series(Series.PROFIT, m.id()));
      }
    }
  }
}
