package io.valueloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Role;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's two demands, the user's lambda and the built-in uniform, give the same run bit for bit, so that
 * their ticks compare the same work; and the alternation refuses a variant it cannot read.
 */
class SimulationBenchmarkTest {

  @Test
  void scenario_builtInAndLambdaDemand_giveTheSameRunBitForBit() {
    CompiledChain chain = SimulationBenchmark.chain(5_000);
    Scenario lambda = SimulationBenchmark.scenario(30).toBuilder().recordAll(Series.ORDERS).build();
    Scenario builtIn = SimulationBenchmark.scenario(30, true).toBuilder().recordAll(Series.ORDERS).build();

    assertThat(SimulationBenchmark.scenario(30).defaultDemand().orElseThrow())
        .isNotEqualTo(DemandProcesses.uniform(5, 15));
    assertThat(builtIn.defaultDemand()).contains(DemandProcesses.uniform(5, 15));
    for (int threads : new int[] {1, 2}) {
      SimulationResult expected = Simulation.of(chain).run(lambda);
      SimulationResult actual = Simulation.of(chain).withThreads(threads).run(builtIn);

      assertThat(actual.actorMetrics()).as("%d threads", threads).isEqualTo(expected.actorMetrics());
      assertThat(actual.metrics(Role.S)).isEqualTo(expected.metrics(Role.S));
      for (String id : expected.recordedActors(Series.ORDERS)) {
        assertThat(Arrays.equals(actual.series(Series.ORDERS, id), expected.series(Series.ORDERS, id)))
            .as("orders of %s, %d threads", id, threads).isTrue();
      }
    }
  }

  @Test
  void alternation_variantOfAnUnknownFourthField_isRefusedBeforeAnyJarIsLoaded() {
    assertThatThrownBy(() -> TickAlternation.main(new String[] {"10", "1", "1", "new:missing.jar:1:flat"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variant must be name:jar:threads or name:jar:threads:builtIn but was new:missing.jar:1:flat");
  }
}
