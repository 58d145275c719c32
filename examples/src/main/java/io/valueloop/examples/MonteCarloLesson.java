package io.valueloop.examples;

import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Measure;
import io.valueloop.experiment.Summary;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lesson: a Monte Carlo study — how stale may the consumers' data be before the loop stops paying?
 *
 * <p>The S2B2C2S2B chain of {@link BusinessModelsLesson} (a factory, a supply platform, four shops and their
 * consumers) with the consumer-data loop on, its data delay swept from 0 ticks up; consumers' demand is AR(1)
 * (mean 25, ρ = {@value #RHO}, innovations σ = 5), so that this week's demand says something about next week's and
 * old data says less. At each delay the platform's and the factory's bullwhip ratios are estimated from independent
 * replications with 95 % confidence intervals (Student t), and drawn as lines with confidence bands beside the same
 * chain with the loop off, with the platform's fill rate to its shops beside them. Each point is a random variable:
 * the band says how sure the estimate is, and more replications narrow it like {@code 1/√n}.
 *
 * <p>What it shows: the loop lowers the bullwhip at every delay; a later signal smooths the orders further (a forecast
 * that reacts late reacts less, and its lag partly offsets the shops' own amplification) yet costs service, as the
 * platform's fill rate falls over the first ticks of delay. A lower order variance is not by itself a better
 * chain: read the bullwhip beside the service it buys.
 *
 * <p>Source: A. M. Law (2015), <i>Simulation Modeling and Analysis</i>, 5th ed., McGraw-Hill, ch. 9 (output
 * analysis); F. Chen et al. (2000), Management Science 46(3) (the bullwhip with AR(1) demand).
 */
public final class MonteCarloLesson extends StagedLesson<MonteCarloLesson.Result> {
  static final double RHO = 0.6;
  static final double LEVEL = 0.95;
  static final String PLATFORM = "platform (S)";
  static final String FACTORY = "factory (M)";
  static final String FILL = "platform's fill rate";
  /** The measures by the name the lesson gives them. */
  private static final Map<String, Measure> MEASURES = Map.of(
      PLATFORM, Measure.bullwhip(Role.S), FACTORY, Measure.bullwhip(Role.M), FILL, Measure.fillRate(Role.S));
  private static final List<String> NAMES = List.of(PLATFORM, FACTORY, FILL);
  private static final long SEED = 1_949L;

  /**
   * What the study found.
   *
   * @param delays the data delays swept, ticks
   * @param replications the replications per point
   * @param loopOn each measure's summaries by name, one per delay
   * @param loopOff each measure's summary with the loop off, by name
   */
  record Result(double[] delays, int replications, Map<String, List<Summary>> loopOn, Map<String, Summary> loopOff) {}

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public MonteCarloLesson() {
    super("monte-carlo",
        "a replicated sweep of the data loop's delay: the upstream bullwhip with 95 % confidence bands,"
            + " against the loop off",
        MonteCarloLesson::run, MonteCarloLesson::print, MonteCarloLesson::write);
  }

  /**
   * Runs the lesson in full, writing into {@code --out DIR} (default {@code target/valueloop-output/monte-carlo}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new MonteCarloLesson(), args);
  }

  /**
   * Runs the sweep.
   *
   * @param size FULL: delays 0, 1, 2, 3, 4, 6, 8 with 30 replications of 400 ticks; SMALL: 0, 2, 8 with 6 of 200
   * @return the result
   */
  static Result run(Size size) {
    int[] delays = size == Size.FULL ? new int[] {0, 1, 2, 3, 4, 6, 8} : new int[] {0, 2, 8};
    int replications = size == Size.FULL ? 30 : 6;
    Scenario scenario = Scenario.builder(size == Size.FULL ? 400 : 200)
        .warmUp(50)
        .seed(SEED)
        .steadyStart(true)
        .demand(DemandProcesses.ar1(BusinessModels.MEAN_DEMAND, RHO, 5))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5), 1.0, 20))
        .build();
    Map<String, List<Summary>> on = new LinkedHashMap<>();
    NAMES.forEach(name -> on.put(name, new ArrayList<>()));
    double[] x = new double[delays.length];
    for (int i = 0; i < delays.length; i++) {
      x[i] = delays[i];
      ExperimentResult result = experiment(BusinessModels.closedLoop(delays[i]),
          scenario.withInformationSharing(true), replications);
      NAMES.forEach(name -> on.get(name).add(result.summary("run", MEASURES.get(name).name(), LEVEL)));
    }
    ExperimentResult off = experiment(BusinessModels.supplyPlatform(false).chain(),
        scenario.withInformationSharing(false), replications);
    Map<String, Summary> loopOff = new LinkedHashMap<>();
    NAMES.forEach(name -> loopOff.put(name, off.summary("run", MEASURES.get(name).name(), LEVEL)));
    on.replaceAll((name, list) -> List.copyOf(list));
    return new Result(x, replications, on, loopOff);
  }

  private static ExperimentResult experiment(ValueChain chain, Scenario scenario, int replications) {
    Experiment.Builder experiment = Experiment.builder(Simulation.of(CompiledChain.compile(chain)))
        .scenario("run", scenario);
    NAMES.forEach(name -> experiment.measure(MEASURES.get(name)));
    return experiment
        .replications(replications)
        .threads(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())))
        .build()
        .run();
  }

  static void print(Result result, PrintStream out) {
    out.println("Monte Carlo study: the data loop's delay against the upstream bullwhip");
    out.printf("AR(1) demand (rho %.1f), %d replications per point, %.0f %% confidence intervals%n%n", RHO,
        result.replications(), 100 * LEVEL);
    out.printf("%-10s", "data delay");
    NAMES.forEach(name -> out.printf(" %26s", name));
    out.println();
    for (int i = 0; i < result.delays().length; i++) {
      out.printf("%-10.0f", result.delays()[i]);
      for (String name : NAMES) {
        out.printf(" %26s", interval(result.loopOn().get(name).get(i)));
      }
      out.println();
    }
    out.printf("%-10s", "loop off");
    NAMES.forEach(name -> out.printf(" %26s", interval(result.loopOff().get(name))));
    out.println();
    out.println();
    out.println("The loop cuts the upstream bullwhip at every delay. Stale data smooths the orders further (a");
    out.println("forecast that reacts late reacts less) but costs service: the platform's fill rate falls");
    out.println("with the first ticks of delay. The bands show which differences the replications can tell apart.");
  }

  private static String interval(Summary s) {
    return String.format("%.3f [%.3f, %.3f]", s.mean(), s.low(), s.high());
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    Report.Builder report = Report.builder("Monte Carlo study: the data loop's delay")
        .setting("demand", "AR(1), mean 25, rho " + RHO + ", sigma 5, per segment")
        .setting("replications per point", result.replications())
        .setting("confidence level", LEVEL);
    report.section("The sweep").text("The S2B2C2S2B chain of the business-models lesson with its consumer-data"
        + " delay swept; the flat lines are the same chain with the loop off.");
    Table.Builder table = Table.builder("Mean and 95 % confidence interval", "data delay", PLATFORM + " bullwhip",
        FACTORY + " bullwhip", FILL);
    for (int i = 0; i < result.delays().length; i++) {
      table.row(result.delays()[i], interval(result.loopOn().get(PLATFORM).get(i)),
          interval(result.loopOn().get(FACTORY).get(i)), interval(result.loopOn().get(FILL).get(i)));
    }
    report.table(table.row("loop off", interval(result.loopOff().get(PLATFORM)),
        interval(result.loopOff().get(FACTORY)), interval(result.loopOff().get(FILL))).build());
    report.chart(files.chart("sweep", Charts.bands("Bullwhip ratio against the data delay (95 % CI bands)",
        "data delay, ticks", "Var(orders) / Var(consumer demand)", result.delays(),
        lines(result, List.of(PLATFORM, FACTORY)))));
    report.chart(files.chart("fill-rate", Charts.bands("The platform's fill rate against the data delay (95 % CI"
        + " bands)", "data delay, ticks", "fraction shipped at once", result.delays(), lines(result, List.of(FILL)))));
    return files.report(report.build());
  }

  /** Returns the bands of the named measures with the loop on, and each as a flat line with the loop off. */
  private static Map<String, List<Summary>> lines(Result result, List<String> names) {
    Map<String, List<Summary>> lines = new LinkedHashMap<>();
    names.forEach(name -> lines.put(name, result.loopOn().get(name)));
    names.forEach(name -> lines.put(name + ", loop off",
        Collections.nCopies(result.delays().length, result.loopOff().get(name))));
    return lines;
  }
}
