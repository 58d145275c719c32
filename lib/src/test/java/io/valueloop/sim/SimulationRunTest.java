package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stepping a run tick by tick, and the no-allocation promise of a tick. */
class SimulationRunTest {

  private static ValueChain chain() {
    return RandomScenarios.chain(new SplittableRandom(42));
  }

  @Test
  void step_thenFinish_equalsOneRun() {
    Scenario scenario = Scenario.builder(20).demand(TestDemand.uniform(0, 10)).recordAll(Series.ON_HAND).build();
    Simulation simulation = Simulation.of(CompiledChain.compile(chain()));

    SimulationRun run = simulation.start(scenario);
    TickView first = run.step();
    int firstTick = first.tick();
    run.step();
    SimulationResult stepped = run.finish();
    SimulationResult whole = simulation.run(scenario);

    assertThat(firstTick).isZero();
    assertThat(run.isFinished()).isTrue();
    assertThat(run.completedTicks()).isEqualTo(20);
    assertThat(stepped.actorMetrics()).containsExactlyElementsOf(whole.actorMetrics());
    assertThatThrownBy(run::step)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("run must have ticks left to step but was finished after 20 ticks");
  }

  @Test
  void step_allocatesNothingPerTick() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Scenario scenario = Scenario.builder(100_000).warmUp(10).demand(TestDemand.uniform(0, 10))
        .policy(view -> new RandomScenarios.MovingAverageOrderUpTo(4))
        .event(Event.actorOutage("s0", 50, 60))
        .build();
    SimulationRun run = Simulation.of(CompiledChain.compile(chain())).start(scenario);
    for (int i = 0; i < 20_000; i++) {
      run.step();
    }

    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 10_000; i++) {
      run.step();
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    // Measurement itself may allocate a little; 10,000 ticks allocating anything per tick would show far more.
    assertThat(allocated).isLessThan(10_000);
  }
}
