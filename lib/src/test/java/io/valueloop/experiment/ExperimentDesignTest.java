package io.valueloop.experiment;

import static io.valueloop.experiment.ExperimentFixtures.noisy;
import static io.valueloop.experiment.ExperimentFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Role;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExperimentDesignTest {
  private static final String BULLWHIP_S = "bullwhip S";

  private static Experiment.Builder grid() {
    Design design = Design.fullFactorial(List.of(Factor.levels("window", 3, 6), Factor.levels("z", 0, 1)));
    return Experiment.builder(serial())
        .design(design, p -> noisy(80, false).policy(Policies.orderUpTo(Forecast.movingAverage((int) p.value("window")),
            p.value("z"))).build())
        .measure(Measure.bullwhip(Role.S))
        .replications(6);
  }

  @Test
  void design_addsOneScenarioPerPointNamedByLabel() {
    assertThat(grid().build().scenarios()).containsOnlyKeys("window=3.0, z=0.0", "window=3.0, z=1.0",
        "window=6.0, z=0.0", "window=6.0, z=1.0");
  }

  @Test
  void run_grid_sameBitsOnOneAndFourThreadsAndOnAnExecutor() throws Exception {
    ExperimentResult one = grid().threads(1).build().run();
    ExperimentResult four = grid().threads(4).build().run();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    ExperimentResult onPool;
    try {
      onPool = grid().threads(3).executor(pool).build().run();
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    for (String scenario : one.scenarios()) {
      assertThat(four.values(scenario, BULLWHIP_S)).containsExactly(one.values(scenario, BULLWHIP_S));
      assertThat(onPool.values(scenario, BULLWHIP_S)).containsExactly(one.values(scenario, BULLWHIP_S));
    }
  }

  @Test
  void run_directExecutor_runsEveryWorkerOnTheCallingThread() {
    AtomicInteger workers = new AtomicInteger();
    ExperimentResult result = grid().threads(2).executor(task -> {
      workers.incrementAndGet();
      task.run();
    }).build().run();

    assertThat(workers).hasValue(2);
    assertThat(result.replications()).isEqualTo(6);
  }

  @Test
  void run_rejectingExecutor_failsNamingTheExecutor() {
    Experiment experiment = grid().threads(2).executor(task -> {
      throw new RejectedExecutionException("full");
    }).build();

    assertThatThrownBy(experiment::run).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("executor must accept the experiment's workers");
  }

  @Test
  void stoppingRule_addsBatchesUntilPreciseOrCapped_sameOnAnyThreadCount() {
    StoppingRule loose = new StoppingRule(BULLWHIP_S, 1e9, 0.95, 40);
    StoppingRule tight = new StoppingRule(BULLWHIP_S, 1e-9, 0.95, 14);

    assertThat(grid().stoppingRule(loose).build().run().replications()).isEqualTo(6);
    ExperimentResult capped = grid().stoppingRule(tight).build().run();
    assertThat(capped.replications()).isEqualTo(14);
    ExperimentResult cappedFour = grid().stoppingRule(tight).threads(4).build().run();
    for (String scenario : capped.scenarios()) {
      assertThat(cappedFour.values(scenario, BULLWHIP_S)).containsExactly(capped.values(scenario, BULLWHIP_S));
    }
  }

  @Test
  void stoppingRule_targetMet_stopsAtTheFirstBatchWhoseHalfWidthIsWithin() {
    ExperimentResult all = grid().replications(30).build().run();
    double target = 0;
    for (String scenario : all.scenarios()) {
      double[] first12 = Arrays.copyOf(all.values(scenario, BULLWHIP_S), 12);
      target = Math.max(target, Summary.of(first12, 0.95).halfWidth());
    }
    ExperimentResult stopped = grid().stoppingRule(new StoppingRule(BULLWHIP_S, target, 0.95, 30)).build().run();

    assertThat(stopped.replications()).isLessThanOrEqualTo(12);
    for (String scenario : stopped.scenarios()) {
      assertThat(stopped.values(scenario, BULLWHIP_S)).containsExactly(Arrays.copyOf(
          all.values(scenario, BULLWHIP_S), stopped.replications()));
    }
  }

  @Test
  void stoppingRule_progressTotalGrowsWithEachBatch() {
    List<Integer> totals = new ArrayList<>();
    grid().stoppingRule(new StoppingRule(BULLWHIP_S, 1e-9, 0.95, 12)).build()
        .run((done, total) -> totals.add(total));

    assertThat(totals).hasSize(48).startsWith(24).endsWith(48);
  }

  @Test
  void build_stoppingRuleOnUnknownMeasureOrBelowReplications_isRejected() {
    assertThatThrownBy(() -> grid().stoppingRule(new StoppingRule("profit S", 1, 0.95, 40)).build())
        .hasMessageContaining("stopping measure must be one of [bullwhip S] but was 'profit S'");
    assertThatThrownBy(() -> grid().stoppingRule(new StoppingRule(BULLWHIP_S, 1, 0.95, 5)).build())
        .hasMessageContaining("replications must be in [2, 5] with a stopping rule but was 6");
    assertThatThrownBy(() -> new StoppingRule(BULLWHIP_S, 0, 0.95, 5)).hasMessageContaining("half width");
  }

  @Test
  void named_readsEveryBuiltInMeasureName() {
    for (Role role : Role.values()) {
      assertThat(Measure.named("bullwhip " + role).name()).isEqualTo(Measure.bullwhip(role).name());
      assertThat(Measure.named("fill rate " + role).name()).isEqualTo("fill rate " + role);
      assertThat(Measure.named("profit " + role).name()).isEqualTo("profit " + role);
      assertThat(Measure.named("value capture " + role).name()).isEqualTo("value capture " + role);
    }
    assertThatThrownBy(() -> Measure.named("bullwhip X")).hasMessageContaining("but was 'bullwhip X'");
    assertThatThrownBy(() -> Measure.named("speed S")).isInstanceOf(IllegalArgumentException.class);
  }
}
