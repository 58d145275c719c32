package io.valueloop.io;

import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.Measure;
import io.valueloop.experiment.StoppingRule;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An experiment as an experiment file describes it ({@link ModelFiles#readExperiment(java.nio.file.Path)}): a
 * chain, a base scenario, named variants that override fields of the scenario, factors set by a full-factorial or
 * Latin hypercube design, measures by name, replications, threads, a confidence level and an optional stopping
 * rule. Reading expands variants × design points into named {@link #scenarios()}; {@link #experiment()} turns them
 * into an {@link Experiment} ready to run.
 *
 * <p>Immutable and thread-safe. Two experiment files are equal when they describe the same chain, base scenario,
 * variants, factors, design and settings (chain and scenario paths included).
 */
public final class ExperimentFile {
  /** The default number of replications, as {@link Experiment#DEFAULT_REPLICATIONS}. */
  public static final int DEFAULT_REPLICATIONS = Experiment.DEFAULT_REPLICATIONS;
  /** The default confidence level of summaries, {@value}. */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  /** What was read, kept to be written back; see {@link ExperimentJson}. */
  final Json source;
  final Json canonicalScenario;
  private final ValueChain chain;
  private final Scenario scenario;
  private final Map<String, Scenario> scenarios;
  private final List<String> measures;
  private final int replications;
  private final int threads;
  private final double confidenceLevel;
  private final Optional<StoppingRule> stoppingRule;
  private final Optional<String> description;

  ExperimentFile(Json source, ValueChain chain, Scenario scenario, Map<String, Scenario> scenarios,
      List<String> measures, int replications, int threads, double confidenceLevel,
      Optional<StoppingRule> stoppingRule, Optional<String> description) {
    this.source = source;
    this.canonicalScenario = ScenarioJson.write(scenario, false);
    this.chain = chain;
    this.scenario = scenario;
    this.scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
    this.measures = List.copyOf(measures);
    this.replications = replications;
    this.threads = threads;
    this.confidenceLevel = confidenceLevel;
    this.stoppingRule = stoppingRule;
    this.description = description;
  }

  /** {@return the chain the scenarios run on} */
  public ValueChain chain() {
    return chain;
  }

  /** {@return the base scenario, before variants and factors} */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the scenarios to run, by name, in order: for each variant (in file order; the base scenario alone,
   * named {@code base}, when there are none), each design point (in design order). A name is the variant's, the
   * point's factor settings ({@code z=1.5, leadTime=2}), or both joined by {@code " | "}.
   *
   * @return the scenarios by name, unmodifiable
   */
  public Map<String, Scenario> scenarios() {
    return scenarios;
  }

  /** {@return the names of the measures, as {@link Measure#named(String)} reads them} */
  public List<String> measures() {
    return measures;
  }

  /** {@return the number of replications of each scenario (the first batch, with a stopping rule)} */
  public int replications() {
    return replications;
  }

  /** {@return the number of threads the experiment runs on} */
  public int threads() {
    return threads;
  }

  /** {@return the confidence level of summaries, in (0, 1)} */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /** {@return the rule that stops adding replications, if the file has one} */
  public Optional<StoppingRule> stoppingRule() {
    return stoppingRule;
  }

  /** {@return the file's description, if it has one} */
  public Optional<String> description() {
    return description;
  }

  /**
   * Returns this experiment with another number of threads (a command line's {@code --threads}); results do not
   * depend on it.
   *
   * @param threads the number of threads, at least 1
   * @return the experiment
   */
  public ExperimentFile withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads + " (experiment file)");
    }
    Json source = this.source.with("/threads", Json.number(threads));
    return new ExperimentFile(source, chain, scenario, scenarios, measures, replications, threads, confidenceLevel,
        stoppingRule, description);
  }

  /**
   * Returns the experiment, ready to run: the scenarios on a {@link Simulation} of the chain, the measures, the
   * replications, threads and stopping rule.
   *
   * @return the experiment
   * @throws IllegalArgumentException if the chain cannot be simulated (for example an unproductive goods loop)
   */
  public Experiment experiment() {
    Experiment.Builder builder = Experiment.builder(Simulation.of(CompiledChain.compile(chain))).replications(replications)
        .threads(threads);
    scenarios.forEach(builder::scenario);
    measures.forEach(name -> builder.measure(Measure.named(name)));
    stoppingRule.ifPresent(builder::stoppingRule);
    return builder.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExperimentFile e && chain.equals(e.chain)
        && canonicalScenario.sameAs(e.canonicalScenario)
        && ExperimentJson.write(this).sameAs(ExperimentJson.write(e));
  }

  @Override
  public int hashCode() {
    return Objects.hash(chain, scenarios.keySet(), measures, replications, threads);
  }

  @Override
  public String toString() {
    return "ExperimentFile{scenarios=" + scenarios.keySet() + ", measures=" + measures + ", replications="
        + replications + ", threads=" + threads + "}";
  }
}
