package io.valueloop.experiment;

import java.util.List;
import java.util.Objects;

/**
 * The values an {@link Experiment} measured: one finite double per (scenario, replication, measure), with summaries
 * and paired comparisons. {@link io.valueloop.io.ResultTables} writes them as CSV for R and pandas.
 *
 * <p>Scenarios are in the order they were added (sweeps in sweep order), measures likewise, replications
 * {@code 0..R−1}. Summaries use {@link Summary#of(double[], double)}: mean, sample standard deviation, standard error
 * and a Student t confidence interval, which need {@code R ≥ 2}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExperimentResult {
  private final List<String> scenarios;
  private final long[] seeds;
  private final List<String> measures;
  private final int replications;
  private final double[] values;

  /** Takes the values laid out as {@code [(scenario · R + replication) · M + measure]}; keeps the arrays. */
  ExperimentResult(List<String> scenarios, long[] seeds, List<String> measures, int replications, double[] values) {
    this.scenarios = List.copyOf(scenarios);
    this.seeds = seeds;
    this.measures = List.copyOf(measures);
    this.replications = replications;
    this.values = values;
  }

  /** {@return the scenario names, in the order they were added} */
  public List<String> scenarios() {
    return scenarios;
  }

  /** {@return the measure names, in the order they were added} */
  public List<String> measures() {
    return measures;
  }

  /** {@return the number of replications of each scenario} */
  public int replications() {
    return replications;
  }

  /**
   * Returns one measured value.
   *
   * @param scenario the scenario's name
   * @param measure the measure's name
   * @param replication the replication, in {@code [0, replications)}
   * @return the value
   * @throws IllegalArgumentException if the scenario, measure or replication is not in the experiment
   */
  public double value(String scenario, String measure, int replication) {
    int s = scenarioIndex(scenario);
    int m = measureIndex(measure);
    if (replication < 0 || replication >= replications) {
      throw new IllegalArgumentException("replication must be in [0, " + replications + ") but was " + replication
          + " (scenario '" + scenario + "')");
    }
    return values[(s * replications + replication) * measures.size() + m];
  }

  /**
   * Returns the values of a measure in a scenario, in replication order.
   *
   * @param scenario the scenario's name
   * @param measure the measure's name
   * @return a new array of {@link #replications()} values
   * @throws IllegalArgumentException if the scenario or measure is not in the experiment
   */
  public double[] values(String scenario, String measure) {
    return column(scenarioIndex(scenario), measureIndex(measure));
  }

  /**
   * Summarises a measure in a scenario over the replications.
   *
   * @param scenario the scenario's name
   * @param measure the measure's name
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return the summary
   * @throws IllegalArgumentException if the scenario or measure is not in the experiment, there are fewer than 2
   *     replications or the level is not in (0, 1)
   */
  public Summary summary(String scenario, String measure, double level) {
    return Summary.of(values(scenario, measure), level);
  }

  /**
   * Compares two scenarios on a measure, replication by replication: summarises the differences
   * {@code first_r − second_r}. The pairs are valid because both scenarios ran replication {@code r} on the same
   * random numbers (common random numbers); the interval is then the paired-t interval, and its half width reflects
   * only the variance of the difference, {@code Var(X) + Var(Y) − 2 Cov(X, Y)}, which the positive correlation that
   * common random numbers induce makes small.
   *
   * <p>Reference: Law (2015), Simulation Modeling and Analysis, 5th ed., §10.2.1 (paired-t confidence interval).
   *
   * @param measure the measure's name
   * @param first the first scenario's name
   * @param second the second scenario's name, another scenario with the same seed
   * @param level the confidence level, in (0, 1)
   * @return the summary of the differences
   * @throws IllegalArgumentException if a name is not in the experiment, the scenarios are the same or have
   *     different seeds (no common random numbers), there are fewer than 2 replications or the level is not in
   *     (0, 1)
   */
  public Summary paired(String measure, String first, String second, double level) {
    int m = measureIndex(measure);
    int a = scenarioIndex(first);
    int b = scenarioIndex(second);
    if (a == b) {
      throw new IllegalArgumentException("second scenario must differ from the first but was '" + second
          + "' (paired comparison of '" + measure + "')");
    }
    if (seeds[a] != seeds[b]) {
      throw new IllegalArgumentException("seed of the second scenario must equal the first's " + seeds[a]
          + " for common random numbers but was " + seeds[b] + " (scenarios '" + first + "' and '" + second + "')");
    }
    double[] x = column(a, m);
    double[] y = column(b, m);
    double[] difference = new double[replications];
    for (int r = 0; r < replications; r++) {
      difference[r] = x[r] - y[r];
    }
    return Summary.of(difference, level);
  }

  private double[] column(int s, int m) {
    double[] column = new double[replications];
    int stride = measures.size();
    for (int r = 0, at = s * replications * stride + m; r < replications; r++, at += stride) {
      column[r] = values[at];
    }
    return column;
  }

  private int scenarioIndex(String scenario) {
    return index("scenario", scenario, scenarios);
  }

  private int measureIndex(String measure) {
    return index("measure", measure, measures);
  }

  /** Returns the position of a name among the known ones, or throws naming what it is and the names known. */
  private static int index(String what, String name, List<String> names) {
    Objects.requireNonNull(name, what);
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(what + " must be one of " + names + " but was '" + name
          + "' (experiment result)");
    }
    return i;
  }

  @Override
  public String toString() {
    return "ExperimentResult{scenarios=" + scenarios + ", measures=" + measures + ", replications=" + replications
        + "}";
  }
}
