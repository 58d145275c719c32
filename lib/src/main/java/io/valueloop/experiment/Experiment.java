package io.valueloop.experiment;

import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import io.valueloop.sim.SimulationRun;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Replications of named scenarios on one simulation, with common random numbers, keeping only named measures.
 *
 * <p>For every scenario {@code s} (in the order added) and replication {@code r = 0, ..., R − 1}, the experiment runs
 * {@code s.withReplication(r)} (the scenario's own replication number is ignored) and evaluates every measure on the
 * result; the results themselves are dropped at once, so memory is {@code S · R · M} doubles whatever the run
 * length. Since a run's random streams depend only on the seed, the replication and the stream's name
 * ({@link io.valueloop.sim.RandomStreams}), scenarios with the same seed see the same demand in replication
 * {@code r}: <em>common random numbers</em>, which makes the paired comparison
 * {@link ExperimentResult#paired(String, String, String, double)} much sharper than comparing independent samples.
 *
 * <p>Runs go on {@link Builder#threads(int)} workers, on the {@link Builder#executor(Executor)} given or on threads
 * of the experiment's own. Each value is stored at its (scenario, replication, measure) index and each run is
 * independent, so the result is the same, bit for bit, whatever the thread count and executor. If a run fails, the
 * other runs stop (a run in progress stops at its next tick), every worker is waited for, and the failure is
 * rethrown as an {@link ExperimentException} naming the scenario and replication; with several threads, the first
 * failure to happen is the one reported. {@link #run()} never returns while a worker it started is running.
 *
 * <p>Scenarios may come from a {@link Design} (full-factorial grids, Latin hypercubes), and a {@link StoppingRule}
 * may add replications in batches until a measure is precise enough; both are deterministic by seed and
 * independent of the thread count.
 *
 * <p>Cost: {@code S · R} simulation runs, split over the threads; a run is stepped tick by tick so that it can stop
 * early, which costs one volatile read per tick. Immutable and thread-safe; {@link #run()} may be called again and
 * gives the same result.
 *
 * <p>Reference: Law (2015), Simulation Modeling and Analysis, 5th ed., §11.2 (common random numbers).
 */
public final class Experiment {
  /** The default number of replications, {@value}. */
  public static final int DEFAULT_REPLICATIONS = 30;
  /** The default number of threads, {@value}: runs go on the calling thread. */
  public static final int DEFAULT_THREADS = 1;

  private static final ProgressListener NO_PROGRESS = (done, total) -> { };

  private final Simulation simulation;
  private final List<String> names;
  private final List<Scenario> scenarios;
  private final Map<String, Scenario> byName;
  private final List<Measure> measures;
  private final int replications;
  private final int threads;
  private final Optional<Executor> executor;
  private final Optional<StoppingRule> stoppingRule;

  private Experiment(Builder b) {
    this.simulation = b.simulation;
    this.names = List.copyOf(b.scenarios.keySet());
    this.scenarios = List.copyOf(b.scenarios.values());
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(b.scenarios));
    this.measures = List.copyOf(b.measures.values());
    this.replications = b.replications;
    this.threads = b.threads;
    this.executor = Optional.ofNullable(b.executor);
    this.stoppingRule = Optional.ofNullable(b.stoppingRule);
  }

  /**
   * Returns a builder.
   *
   * @param simulation the simulation every scenario runs on
   * @return a builder with {@link #DEFAULT_REPLICATIONS} replications on {@link #DEFAULT_THREADS} thread, no
   *     scenario and no measure
   */
  public static Builder builder(Simulation simulation) {
    return new Builder(Objects.requireNonNull(simulation, "simulation"));
  }

  /** {@return the simulation the scenarios run on} */
  public Simulation simulation() {
    return simulation;
  }

  /** {@return the scenarios by name, iterating in the order added; unmodifiable} */
  public Map<String, Scenario> scenarios() {
    return byName;
  }

  /** {@return the measures, in the order added} */
  public List<Measure> measures() {
    return measures;
  }

  /**
   * {@return the number of replications of each scenario; with a stopping rule, the first batch and the size of each
   * further batch}
   */
  public int replications() {
    return replications;
  }

  /** {@return the number of threads runs go on} */
  public int threads() {
    return threads;
  }

  /** {@return the executor the workers run on, or empty for threads of the experiment's own} */
  public Optional<Executor> executor() {
    return executor;
  }

  /** {@return the rule that decides when to stop adding replications, or empty for a fixed number} */
  public Optional<StoppingRule> stoppingRule() {
    return stoppingRule;
  }

  /**
   * Runs every (scenario, replication).
   *
   * @return the measured values
   * @throws ExperimentException if a run or a measure fails, or a measure is NaN or infinite
   * @throws IllegalStateException if the calling thread is interrupted: on one thread it is checked between runs,
   *     on several while waiting for them; its interrupt status stays set
   */
  public ExperimentResult run() {
    return run(NO_PROGRESS);
  }

  /**
   * Runs every (scenario, replication), telling a listener how many runs are done.
   *
   * <p>The listener is called on the thread that called this method, never concurrently, once after each run
   * completes, with {@code done = 1, 2, ..., total} in that order ({@code total = S · R}); runs on other threads go
   * on while it works. If it throws, the runs stop, every worker is waited for and its exception propagates. With a
   * stopping rule, {@code total} counts the replications planned so far and grows with each added batch.
   *
   * @param listener the progress listener
   * @return the measured values
   * @throws ExperimentException as {@link #run()}
   * @throws IllegalStateException as {@link #run()}
   */
  public ExperimentResult run(ProgressListener listener) {
    Objects.requireNonNull(listener, "listener");
    int scenarioCount = scenarios.size();
    int measureCount = measures.size();
    int planned = replications;
    int done = 0;
    // Laid out as [(replication · S + scenario) · M + measure], so that a batch of replications appends.
    double[] byReplication = new double[0];
    int[] finished = {0};
    while (true) {
      int from = done;
      int batch = planned - from;
      byReplication = Arrays.copyOf(byReplication, planned * scenarioCount * measureCount);
      double[] values = byReplication;
      int total = planned * scenarioCount;
      TaskRunner.run(batch * scenarioCount, threads, executor.orElse(null),
          (task, stop) -> runTask(task / batch, from + task % batch, values, stop),
          () -> listener.progress(++finished[0], total));
      done = planned;
      if (stoppingRule.isEmpty() || done >= stoppingRule.get().maxReplications()
          || precise(stoppingRule.get(), byReplication, done)) {
        break;
      }
      planned = Math.min(stoppingRule.get().maxReplications(), done + replications);
    }
    double[] values = new double[byReplication.length];
    for (int r = 0; r < done; r++) {
      for (int s = 0; s < scenarioCount; s++) {
        System.arraycopy(byReplication, (r * scenarioCount + s) * measureCount, values,
            (s * done + r) * measureCount, measureCount);
      }
    }
    long[] seeds = scenarios.stream().mapToLong(Scenario::seed).toArray();
    List<String> measureNames = measures.stream().map(Measure::name).toList();
    return new ExperimentResult(names, seeds, measureNames, done, values);
  }

  /** Whether the rule's measure has a half width within the target in every scenario, after {@code n} replications. */
  private boolean precise(StoppingRule rule, double[] byReplication, int n) {
    int m = measureIndex(rule.measure());
    int scenarioCount = scenarios.size();
    double[] sample = new double[n];
    for (int s = 0; s < scenarioCount; s++) {
      for (int r = 0; r < n; r++) {
        sample[r] = byReplication[(r * scenarioCount + s) * measures.size() + m];
      }
      if (!(Summary.of(sample, rule.level()).halfWidth() <= rule.halfWidth())) {
        return false;
      }
    }
    return true;
  }

  private int measureIndex(String name) {
    for (int m = 0; m < measures.size(); m++) {
      if (measures.get(m).name().equals(name)) {
        return m;
      }
    }
    throw new IllegalStateException("stopping measure must be a measure of the experiment but was '" + name + "'");
  }

  /**
   * Runs one (scenario, replication) and stores its measures; returns false if it stopped early because
   * {@code stop} was raised.
   */
  private boolean runTask(int s, int r, double[] values, AtomicBoolean stop) {
    String name = names.get(s);
    SimulationResult result;
    try {
      SimulationRun run = simulation.start(scenarios.get(s).withReplication(r));
      while (!run.isFinished()) {
        if (stop.get()) {
          return false;
        }
        run.step();
      }
      result = run.finish();
    } catch (RuntimeException e) {
      throw new ExperimentException("run must complete but failed with " + e + where(name, r), name, r, e);
    }
    int base = (r * scenarios.size() + s) * measures.size();
    for (int m = 0; m < measures.size(); m++) {
      Measure measure = measures.get(m);
      double value;
      try {
        value = measure.function().applyAsDouble(result);
      } catch (RuntimeException e) {
        throw new ExperimentException("measure '" + measure.name() + "' must evaluate but failed with " + e
            + where(name, r), name, r, e);
      }
      if (!Double.isFinite(value)) {
        throw new ExperimentException("measure '" + measure.name() + "' must be finite but was " + value
            + where(name, r), name, r, null);
      }
      values[base + m] = value;
    }
    return true;
  }

  private static String where(String scenario, int replication) {
    return " (scenario '" + scenario + "', replication " + replication + ")";
  }

  @Override
  public String toString() {
    return "Experiment{scenarios=" + names + ", measures=" + measures.stream().map(Measure::name).toList()
        + ", replications=" + replications + ", threads=" + threads + "}";
  }

  /** Told how many runs of an experiment are done; see {@link Experiment#run(ProgressListener)}. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Called after each run completes, on the thread that called {@link Experiment#run(ProgressListener)}.
     *
     * @param done the number of runs completed, from 1 to {@code total}
     * @param total the number of runs, scenarios × replications
     */
    void progress(int done, int total);
  }

  /**
   * Builds an {@link Experiment}: every setter checks its argument at once (names non-blank and distinct among
   * scenarios, and among measures), {@link #build()} checks that there is at least one scenario and one measure.
   */
  public static final class Builder {
    private final Simulation simulation;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private int replications = DEFAULT_REPLICATIONS;
    private int threads = DEFAULT_THREADS;
    private Executor executor;
    private StoppingRule stoppingRule;

    private Builder(Simulation simulation) {
      this.simulation = simulation;
    }

    /**
     * Adds a scenario. For common random numbers, scenarios to be compared should share their seed and name their
     * random streams alike (the built-in demand streams are named by segment, so they do).
     *
     * @param name the name, non-blank, not already used by another scenario
     * @param scenario the scenario
     * @return this builder
     */
    public Builder scenario(String name, Scenario scenario) {
      Arguments.name("scenario name", name, "scenario " + scenarios.size());
      Objects.requireNonNull(scenario, "scenario");
      if (scenarios.containsKey(name)) {
        throw new IllegalArgumentException("scenario name must be distinct from the names already added but was '"
            + name + "' (scenario " + scenarios.size() + ")");
      }
      scenarios.put(name, scenario);
      return this;
    }

    /**
     * Adds a sweep: one scenario per parameter value, in the order of the values, each named
     * {@code String.valueOf(value)}.
     *
     * @param <T> the parameter type
     * @param values the parameter values, non-empty, with distinct names
     * @param scenario builds the scenario of a value
     * @return this builder
     */
    public <T> Builder sweep(List<? extends T> values, Function<? super T, Scenario> scenario) {
      return sweep(values, String::valueOf, scenario);
    }

    /**
     * Adds a sweep: one scenario per parameter value, in the order of the values, each named by {@code label}.
     *
     * @param <T> the parameter type
     * @param values the parameter values, non-empty
     * @param label names the scenario of a value (non-blank, distinct)
     * @param scenario builds the scenario of a value
     * @return this builder
     */
    public <T> Builder sweep(List<? extends T> values, Function<? super T, String> label,
        Function<? super T, Scenario> scenario) {
      Objects.requireNonNull(values, "values");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(scenario, "scenario");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("sweep values must be non-empty but was [] (sweep)");
      }
      // Build and check the whole sweep first, so that a bad value leaves the builder as it was.
      Map<String, Scenario> sweep = new LinkedHashMap<>();
      for (T value : values) {
        Scenario built = scenario.apply(value);
        if (built == null) {
          throw new IllegalArgumentException("scenario of a sweep value must be non-null but was null (value "
              + value + ")");
        }
        String name = label.apply(value);
        Arguments.name("scenario name", name, "scenario " + (scenarios.size() + sweep.size()));
        if (scenarios.containsKey(name) || sweep.putIfAbsent(name, built) != null) {
          throw new IllegalArgumentException("scenario name must be distinct from the names already added but was '"
              + name + "' (scenario " + (scenarios.size() + sweep.size()) + ")");
        }
      }
      sweep.forEach(this::scenario);
      return this;
    }

    /**
     * Adds one scenario per point of a design, in the design's order, each named by
     * {@link DesignPoint#label()}.
     *
     * @param design the design
     * @param scenario builds the scenario of a point
     * @return this builder
     */
    public Builder design(Design design, Function<? super DesignPoint, Scenario> scenario) {
      Objects.requireNonNull(design, "design");
      return sweep(design.points(), DesignPoint::label, scenario);
    }

    /**
     * Sets the rule that stops adding replications once a measure is precise enough; the
     * {@link #replications(int)} are then the first batch and the size of each further batch, and must be at least
     * 2 and at most the rule's cap. Default none: exactly {@link #replications(int)} replications.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder stoppingRule(StoppingRule rule) {
      this.stoppingRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the executor that the {@link #threads(int)} workers of a run are given to; each worker takes runs until
     * none is left. Default: with more than one thread, a pool of daemon threads started and shut down by each
     * {@link Experiment#run()}. With one thread, runs go on the calling thread whatever the executor. The results
     * are the same, bit for bit, on any executor and thread count.
     *
     * @param executor the executor; it must run every worker it accepts (a worker it rejects fails the run)
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Adds a measure.
     *
     * @param measure the measure, its name not already used by another measure
     * @return this builder
     */
    public Builder measure(Measure measure) {
      Objects.requireNonNull(measure, "measure");
      if (measures.containsKey(measure.name())) {
        throw new IllegalArgumentException("measure name must be distinct from the names already added but was '"
            + measure.name() + "' (measure " + measures.size() + ")");
      }
      measures.put(measure.name(), measure);
      return this;
    }

    /**
     * Adds a measure: {@code measure(Measure.of(name, function))}.
     *
     * @param name the name, non-blank, not already used by another measure
     * @param function reads the value from a run's result; thread-safe
     * @return this builder
     */
    public Builder measure(String name, ToDoubleFunction<SimulationResult> function) {
      return measure(Measure.of(name, function));
    }

    /**
     * Sets the number of replications of each scenario. Default {@link #DEFAULT_REPLICATIONS}. Confidence intervals
     * need at least 2.
     *
     * @param replications the number, at least 1
     * @return this builder
     */
    public Builder replications(int replications) {
      this.replications = Arguments.atLeast("replications", replications, 1, "experiment");
      return this;
    }

    /**
     * Sets the number of threads runs go on: 1 runs them on the calling thread; more give that many workers (at most
     * one per run) to the {@link #executor(Executor)}, or to threads started for the duration of
     * {@link Experiment#run()}. Default {@link #DEFAULT_THREADS}.
     *
     * @param threads the number, at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = Arguments.atLeast("threads", threads, 1, "experiment");
      return this;
    }

    /**
     * Builds the experiment.
     *
     * @return the experiment
     * @throws IllegalArgumentException if no scenario or no measure was added, or scenarios × replications ×
     *     measures (the rule's cap, with a stopping rule) exceeds {@link Integer#MAX_VALUE}, or the stopping rule
     *     names no measure of the experiment or its cap is below the replications
     */
    public Experiment build() {
      if (scenarios.isEmpty()) {
        throw new IllegalArgumentException("scenarios must be non-empty but was [] (experiment)");
      }
      if (measures.isEmpty()) {
        throw new IllegalArgumentException("measures must be non-empty but was [] (experiment)");
      }
      if (stoppingRule != null) {
        if (!measures.containsKey(stoppingRule.measure())) {
          throw new IllegalArgumentException("stopping measure must be one of " + measures.keySet() + " but was '"
              + stoppingRule.measure() + "' (experiment)");
        }
        if (replications < 2 || replications > stoppingRule.maxReplications()) {
          throw new IllegalArgumentException("replications must be in [2, " + stoppingRule.maxReplications()
              + "] with a stopping rule but was " + replications + " (experiment)");
        }
      }
      int most = stoppingRule == null ? replications : stoppingRule.maxReplications();
      long size = (long) scenarios.size() * most * measures.size();
      if (size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("scenarios × replications × measures must be at most "
            + Integer.MAX_VALUE + " but was " + size + " (experiment)");
      }
      return new Experiment(this);
    }
  }
}
