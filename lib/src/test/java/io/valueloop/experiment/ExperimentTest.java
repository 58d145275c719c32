package io.valueloop.experiment;

import static io.valueloop.experiment.ExperimentFixtures.noisy;
import static io.valueloop.experiment.ExperimentFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Role;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExperimentTest {
  private static final String BULLWHIP_S = "bullwhip S";

  @AfterEach
  void noWorkerThreadIsLeft() {
    assertThat(workerThreads()).isEmpty();
  }

  private static List<Thread> workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("valueloop-experiment-") && t.isAlive())
        .toList();
  }

  private static Experiment.Builder offOn(int replications) {
    return Experiment.builder(serial())
        .scenario("off", noisy(120, false).build())
        .scenario("on", noisy(120, true).build())
        .measure(Measure.bullwhip(Role.S))
        .measure(Measure.profit(Role.B))
        .replications(replications);
  }

  @Test
  void run_eachValueIsTheMeasureOfThatReplicationsRun() {
    Simulation simulation = serial();
    Scenario off = noisy(120, false).replication(99).build();
    ExperimentResult result = Experiment.builder(simulation).scenario("off", off).measure(Measure.bullwhip(Role.S))
        .replications(3).build().run();

    // The scenario's own replication (99) is replaced by 0, 1, 2.
    for (int r = 0; r < 3; r++) {
      double expected = simulation.run(off.withReplication(r)).metrics(Role.S).bullwhip().orElseThrow();
      assertThat(result.value("off", BULLWHIP_S, r)).isEqualTo(expected);
    }
    assertThat(result.value("off", BULLWHIP_S, 0)).isNotEqualTo(result.value("off", BULLWHIP_S, 1));
  }

  @Test
  void paired_identicalScenarios_differenceIsExactlyZeroInEveryReplication() {
    ExperimentResult result = Experiment.builder(serial())
        .scenario("first", noisy(120, false).build())
        .scenario("second", noisy(120, false).build())
        .measure(Measure.bullwhip(Role.S))
        .replications(5)
        .build()
        .run();

    for (int r = 0; r < 5; r++) {
      assertThat(result.value("first", BULLWHIP_S, r)).isEqualTo(result.value("second", BULLWHIP_S, r));
    }
    Summary difference = result.paired(BULLWHIP_S, "first", "second", 0.95);
    assertThat(difference.mean()).isZero();
    assertThat(difference.sd()).isZero();
    assertThat(difference.low()).isZero();
    assertThat(difference.high()).isZero();
  }

  @Test
  void paired_commonRandomNumbers_narrowTheIntervalFarBelowTheUnpairedOne() {
    int n = 20;
    ExperimentResult result = offOn(n).build().run();

    Summary paired = result.paired(BULLWHIP_S, "on", "off", 0.95);
    Summary on = result.summary("on", BULLWHIP_S, 0.95);
    Summary off = result.summary("off", BULLWHIP_S, 0.95);
    // The two-sample interval with pooled variance: t(0.975, 2n − 2) · √(sd_on² / n + sd_off² / n).
    double unpaired = StudentT.quantile(0.975, 2 * n - 2)
        * Math.sqrt((on.sd() * on.sd() + off.sd() * off.sd()) / n);

    assertThat(paired.mean()).isCloseTo(on.mean() - off.mean(), within(1e-12));
    // Both scenarios see the same demand path in each replication, so their ratios move together: the variance of
    // the difference is far below the sum of the variances (here the paired interval is 2.5 times narrower).
    assertThat(paired.halfWidth()).isLessThan(unpaired / 2);
    assertThat(paired.high()).isLessThan(0);
  }

  @Test
  void run_sameBitsOnOneAndThreeThreads() {
    ExperimentResult one = offOn(12).threads(1).build().run();
    Experiment onThree = offOn(12).threads(3).build();
    ExperimentResult three = onThree.run();
    ExperimentResult again = onThree.run();

    for (String scenario : List.of("off", "on")) {
      for (String measure : List.of(BULLWHIP_S, "profit B")) {
        assertThat(three.values(scenario, measure)).containsExactly(one.values(scenario, measure));
        assertThat(again.values(scenario, measure)).containsExactly(one.values(scenario, measure));
      }
    }
  }

  @Test
  void run_progress_countsEveryRunOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    List<Integer> done = new ArrayList<>();
    List<Thread> callers = new ArrayList<>();

    offOn(4).threads(3).build().run((count, total) -> {
      assertThat(total).isEqualTo(8);
      done.add(count);
      callers.add(Thread.currentThread());
    });

    assertThat(done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(callers).containsOnly(caller);
  }

  @Test
  void run_failingRun_isRethrownWithScenarioReplicationAndCause() {
    // The policy names an actor the chain lacks: the simulation rejects every run when it starts.
    Experiment experiment = Experiment.builder(serial())
        .scenario("fine", noisy(50, true).build())
        .scenario("broken", noisy(50, true).policy("nobody", Policies.lotForLot()).build())
        .measure(Measure.profit(Role.S))
        .replications(3)
        .build();

    assertThatThrownBy(experiment::run).isInstanceOfSatisfying(ExperimentException.class, e -> {
      assertThat(e.scenario()).isEqualTo("broken");
      assertThat(e.replication()).isZero();
      assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
      assertThat(e.getMessage()).startsWith("run must complete but failed with java.lang.IllegalArgumentException")
          .endsWith("(scenario 'broken', replication 0)");
    });
  }

  @Test
  void run_failureOnOneThread_stopsTheOtherRunsAndJoinsEveryThread() {
    AtomicInteger measured = new AtomicInteger();
    Experiment experiment = Experiment.builder(serial())
        .scenario("long", noisy(20_000, true).build())
        .measure("fails in replication 5", r -> {
          measured.incrementAndGet();
          if (r.scenario().replication() == 5) {
            throw new IllegalStateException("boom");
          }
          return 1;
        })
        .replications(300)
        .threads(3)
        .build();

    assertThatThrownBy(experiment::run).isInstanceOfSatisfying(ExperimentException.class, e -> {
      assertThat(e.replication()).isEqualTo(5);
      assertThat(e.getCause()).hasMessage("boom");
      assertThat(e.getMessage()).isEqualTo("measure 'fails in replication 5' must evaluate but failed with "
          + "java.lang.IllegalStateException: boom (scenario 'long', replication 5)");
    });
    // Once 5 fails, the runs stop: far from all 300 (each takes milliseconds) are measured. How many finish before
    // the stop depends on the scheduler, so only "not all" is asserted.
    assertThat(measured.get()).isLessThan(300);
    assertThat(workerThreads()).isEmpty();
  }

  @Test
  void run_oneThread_interruptedCaller_stopsBetweenRuns() {
    Experiment experiment = offOn(50).build();
    AtomicInteger progress = new AtomicInteger();

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> experiment.run((done, total) -> progress.set(done)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("experiment must run to the end but was interrupted after 0 of ");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(progress.get()).isZero();
  }

  @Test
  void sweep_withABadValue_leavesTheBuilderAsItWas() {
    Experiment.Builder builder = Experiment.builder(serial())
        .scenario("base", noisy(50, false).build())
        .measure(Measure.bullwhip(Role.S))
        .replications(2);

    assertThatThrownBy(() -> builder.sweep(List.of(1, 2, 2), v -> noisy(50, v > 1).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario name must be distinct from the names already added but was '2' (scenario 3)");

    assertThat(builder.build().scenarios()).containsOnlyKeys("base");
  }

  @Test
  void run_listenerThatThrows_stopsTheRunsAndPropagates() {
    Experiment experiment = offOn(50).threads(2).build();

    assertThatThrownBy(() -> experiment.run((done, total) -> {
      if (done == 3) {
        throw new IllegalStateException("enough");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("enough");
    assertThat(workerThreads()).isEmpty();
  }

  @Test
  void run_interruptedWhileWaiting_stopsJoinsAndKeepsTheInterruptStatus() {
    Experiment experiment = offOn(50).threads(2).build();

    try {
      assertThatThrownBy(() -> experiment.run((done, total) -> {
        if (done == 2) {
          Thread.currentThread().interrupt();
        }
      })).isInstanceOf(IllegalStateException.class)
          .hasMessage("experiment must run to the end but was interrupted after 2 of 100 runs (experiment)");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(workerThreads()).isEmpty();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void run_measureNotFinite_namesScenarioReplicationAndMeasure() {
    Experiment experiment = Experiment.builder(serial())
        .scenario("base", noisy(50, true).build())
        .measure("ratio", r -> r.scenario().replication() == 2 ? Double.NaN : 1)
        .replications(4)
        .build();

    assertThatThrownBy(experiment::run).isInstanceOf(ExperimentException.class)
        .hasMessage("measure 'ratio' must be finite but was NaN (scenario 'base', replication 2)");
  }

  @Test
  void run_undefinedBullwhip_failsNamingTheMeasure() {
    // Constant demand: the consumer demand S serves does not vary, so its bullwhip ratio is undefined.
    Experiment experiment = Experiment.builder(serial())
        .scenario("flat", Scenario.builder(30).demand(DemandProcesses.constant(10)).build())
        .measure(Measure.bullwhip(Role.S))
        .replications(2)
        .build();

    assertThatThrownBy(experiment::run).isInstanceOf(ExperimentException.class)
        .hasMessageStartingWith("measure 'bullwhip S' must evaluate but failed with java.lang.IllegalStateException: "
            + "bullwhip of role S must be defined but was empty");
  }

  @Test
  void sweep_runsOneScenarioPerValueInOrderLabelledByValue() {
    List<Double> demands = List.of(20.0, 5.0, 10.0);
    ExperimentResult result = Experiment.builder(serial())
        .sweep(demands, d -> Scenario.builder(40).warmUp(10).steadyStart(true)
            .demand(DemandProcesses.constant(d)).build())
        .measure("spend", SimulationResult::consumerSpend)
        .replications(2)
        .build()
        .run();

    assertThat(result.scenarios()).containsExactly("20.0", "5.0", "10.0");
    // In steady state consumers buy their demand at price 3 in each of the 30 measured ticks.
    assertThat(result.values("20.0", "spend")).containsExactly(1800.0, 1800.0);
    assertThat(result.values("5.0", "spend")).containsExactly(450.0, 450.0);
  }

  @Test
  void sweep_withLabels_namesScenariosByLabel() {
    Experiment experiment = Experiment.builder(serial())
        .scenario("baseline", Scenario.of(10))
        .sweep(List.of(1, 3), w -> "window=" + w, w -> Scenario.of(10 * w))
        .measure("ticks", r -> r.ticks())
        .replications(1)
        .build();
    ExperimentResult result = experiment.run();

    assertThat(result.scenarios()).containsExactly("baseline", "window=1", "window=3");
    assertThat(experiment.scenarios()).containsOnlyKeys("baseline", "window=1", "window=3");
    assertThat(experiment.scenarios().get("window=3").ticks()).isEqualTo(30);
    assertThat(result.value("window=3", "ticks", 0)).isEqualTo(30.0);
  }

  @Test
  void measures_readTheRoleMetrics() {
    Simulation simulation = serial();
    Scenario scenario = noisy(100, true).build();
    ExperimentResult result = Experiment.builder(simulation).scenario("x", scenario)
        .measure(Measure.bullwhip(Role.S)).measure(Measure.fillRate(Role.B)).measure(Measure.profit(Role.M))
        .measure(Measure.valueCaptureShare(Role.S))
        .replications(1).build().run();

    SimulationResult direct = simulation.run(scenario.withReplication(0));
    assertThat(result.measures()).containsExactly("bullwhip S", "fill rate B", "profit M", "value capture S");
    assertThat(result.value("x", "bullwhip S", 0)).isEqualTo(direct.metrics(Role.S).bullwhip().orElseThrow());
    assertThat(result.value("x", "fill rate B", 0)).isEqualTo(direct.metrics(Role.B).fillRate().orElseThrow());
    assertThat(result.value("x", "profit M", 0)).isEqualTo(direct.metrics(Role.M).profit());
    assertThat(result.value("x", "value capture S", 0))
        .isEqualTo(direct.metrics(Role.S).valueCaptureShare().orElseThrow());
  }

  @Test
  void builder_rejectsBlankAndDuplicateNames() {
    Experiment.Builder builder = Experiment.builder(serial()).scenario("a", Scenario.of(5));

    assertThatThrownBy(() -> builder.scenario(" ", Scenario.of(5))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario name must be non-blank but was ' ' (scenario 1)");
    assertThatThrownBy(() -> builder.scenario("a", Scenario.of(5))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario name must be distinct from the names already added but was 'a' (scenario 1)");
    assertThatThrownBy(() -> builder.sweep(List.of(1.0, 1.0), v -> Scenario.of(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario name must be distinct from the names already added but was '1.0' (scenario 2)");
    builder.measure("m", SimulationResult::consumerSpend);
    assertThatThrownBy(() -> builder.measure("m", SimulationResult::ownCost))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure name must be distinct from the names already added but was 'm' (measure 1)");
    assertThatThrownBy(() -> Measure.of("", SimulationResult::ownCost)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure name must be non-blank but was '' (measure)");
  }

  @Test
  void builder_rejectsEmptyListsAndBadCounts() {
    assertThatThrownBy(() -> Experiment.builder(serial()).measure("m", SimulationResult::ownCost).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenarios must be non-empty but was [] (experiment)");
    assertThatThrownBy(() -> Experiment.builder(serial()).scenario("a", Scenario.of(5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measures must be non-empty but was [] (experiment)");
    assertThatThrownBy(() -> Experiment.builder(serial()).sweep(List.of(), v -> Scenario.of(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sweep values must be non-empty but was [] (sweep)");
    assertThatThrownBy(() -> Experiment.builder(serial()).threads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1 but was 0 (experiment)");
    assertThatThrownBy(() -> Experiment.builder(serial()).replications(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replications must be at least 1 but was 0 (experiment)");
  }

  @Test
  void result_rejectsUnknownNamesAndTooFewReplicationsForIntervals() {
    ExperimentResult result = Experiment.builder(serial())
        .scenario("a", noisy(40, true).build())
        .scenario("b", noisy(40, true).seed(1).build())
        .measure(Measure.profit(Role.S))
        .replications(1)
        .build()
        .run();

    assertThatThrownBy(() -> result.values("z", "profit S")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario must be one of [a, b] but was 'z' (experiment result)");
    assertThatThrownBy(() -> result.value("a", "profit S", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replication must be in [0, 1) but was 1 (scenario 'a')");
    assertThatThrownBy(() -> result.summary("a", "profit S", 0.95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of values must be at least 2 but was 1 (a confidence interval needs a sample variance)");
    assertThatThrownBy(() -> result.paired("profit S", "a", "a", 0.95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("second scenario must differ from the first but was 'a' (paired comparison of 'profit S')");
    assertThatThrownBy(() -> result.paired("profit S", "a", "b", 0.95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seed of the second scenario must equal the first's " + ExperimentFixtures.SEED
            + " for common random numbers but was 1 (scenarios 'a' and 'b')");
  }
}
