package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Randomness through the whole simulation with the built-in policies and demand processes (the conventions): the same
 * seed gives the same run, stateful rules included, and a segment's normal demand is exactly the process started on
 * its own stream {@code "demand/" + id}. {@link SimulationRandomnessTest} covers stream independence and naming
 * with test-only processes.
 */
class ReproducibilityValidationTest {
  /** m -> b -> {c1, c2}: two segments with the same demand process. */
  private static CompiledChain twoSegments() {
    return CompiledChain.compile(ValueChain.builder()
        .actor("c1", Role.C)
        .actor("c2", Role.C)
        .actor("b", Role.B)
        .actor("m", Role.M)
        .trade("m", "b", GoodsTerms.builder().price(1).leadTime(2).orderDelay(1).build())
        .trade("b", "c1", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .trade("b", "c2", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .build());
  }

  private static Scenario scenario(long seed, int ticks) {
    return Scenario.builder(ticks)
        .seed(seed)
        .policy("b", Policies.orderUpTo(Forecast.exponentialSmoothing(0.2), 1.5))
        .demand(DemandProcesses.normal(100, 10))
        .record(Series.ORDERS, "c1", "c2", "b")
        .record(Series.ON_HAND, "b")
        .build();
  }

  @Test
  void run_sameSeedGivesIdenticalResults() {
    SimulationResult first = Simulation.of(twoSegments()).run(scenario(7, 2_000));
    SimulationResult second = Simulation.of(twoSegments()).run(scenario(7, 2_000));
    SimulationResult other = Simulation.of(twoSegments()).run(scenario(8, 2_000));

    assertThat(second.series(Series.ORDERS, "b")).containsExactly(first.series(Series.ORDERS, "b"));
    assertThat(second.series(Series.ON_HAND, "b")).containsExactly(first.series(Series.ON_HAND, "b"));
    assertThat(second.metrics("b")).isEqualTo(first.metrics("b"));
    assertThat(other.series(Series.ORDERS, "c1")).isNotEqualTo(first.series(Series.ORDERS, "c1"));
  }

  @Test
  void run_segmentDrawsFromItsNamedStream() {
    int ticks = 500;
    SimulationResult result = Simulation.of(twoSegments()).run(scenario(7, ticks));

    // The demand of c1 is exactly the process started on RandomStreams.of(seed).stream(replication, "demand/c1").
    RandomGenerator stream = RandomStreams.of(7).stream(0, "demand/c1");
    DemandStream expected = DemandProcesses.normal(100, 10).start(stream);
    double[] demand = result.series(Series.ORDERS, "c1");
    for (int t = 0; t < ticks; t++) {
      assertThat(demand[t]).as("tick %d", t).isEqualTo(expected.next(t));
    }
  }
}
