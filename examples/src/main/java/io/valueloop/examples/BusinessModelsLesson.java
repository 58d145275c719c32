package io.valueloop.examples;

import io.valueloop.charts.ChainDrawing;
import io.valueloop.charts.Chart;
import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.examples.BusinessModels.Model;
import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Summary;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Role;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The flagship lesson: the same consumers served by four business models, side by side.
 *
 * <ol>
 *   <li><b>traditional</b>: a factory (M) sells to a distributor (B), which supplies four retailers (B), each
 *       serving one consumer segment (C); every tier forecasts from the orders it receives;</li>
 *   <li><b>marketplace</b> (consumer internet): four sellers (B) buy straight from the factory and sell to consumers
 *       through a marketplace (P), which takes a commission of 10 % of their sales as a SERVICE flow;</li>
 *   <li><b>S2B2C</b>: a supply platform (S) buys from the factory in bulk, holds stock for four small businesses (B)
 *       and delivers to them the next tick, for a take rate of 5 % of their sales;</li>
 *   <li><b>S2B2C2S2B</b>: the same with the consumer-data loop on: the consumers' demand reaches the platform (one
 *       tick late) and the factory as data, and they forecast from it instead of from amplified orders.</li>
 * </ol>
 * Consumers demand N(25, 5²) per segment and tick and pay 10 a unit everywhere; every stock point orders up to a
 * 5-tick moving-average forecast with a safety factor of 1. Each model runs the same replications (common random
 * numbers); the lesson prints and charts, with 95 % confidence intervals: the cost per unit sold (own costs:
 * making, handling, holding and backlog), the bullwhip ratio at each tier, the consumers' fill rate, the inventory
 * held, and each role's share of the consumers' money.
 *
 * <p>Sources: H. L. Lee, V. Padmanabhan and S. Whang (1997), "Information distortion in a supply chain: the bullwhip
 * effect", Management Science 43(4); F. Chen et al. (2000), Management Science 46(3); J.-C. Rochet and J. Tirole
 * (2003), "Platform competition in two-sided markets", JEEA 1(4).
 */
public final class BusinessModelsLesson extends StagedLesson<BusinessModelsLesson.Result> {
  /** The measures, in the order printed. */
  static final String COST = "cost per unit sold";
  static final String RETAIL = "bullwhip retail (B)";
  static final String MIDDLE = "bullwhip middle (B or S)";
  static final String FACTORY = "bullwhip factory (M)";
  static final String FILL = "fill rate to consumers";
  static final String INVENTORY = "inventory, units";
  static final String COSTS_SHARE = "own costs";
  /** The roles whose share of consumer spend is measured. */
  static final List<Role> ROLES = List.of(Role.M, Role.S, Role.B, Role.P);
  static final double LEVEL = 0.95;

  private static final long SEED = 2_026L;

  /**
   * What the lesson found: every model's measures over the replications.
   *
   * @param models the models, in the order compared
   * @param results each model's experiment result by model name
   * @param runs each model's first replication by model name, for pictures
   */
  record Result(List<Model> models, Map<String, ExperimentResult> results, Map<String, SimulationResult> runs) {

    /** Returns the mean of a model's measure, or empty if the model has no such measure (no such tier or role). */
    OptionalDouble mean(String model, String measure) {
      ExperimentResult result = results.get(model);
      return result.measures().contains(measure)
          ? OptionalDouble.of(result.summary(model, measure, LEVEL).mean()) : OptionalDouble.empty();
    }

    /** Returns a model's summary of a measure at the lesson's confidence level. */
    Summary summary(String model, String measure) {
      return results.get(model).summary(model, measure, LEVEL);
    }

    /** Returns whether a model has a measure: a marketplace has no middle tier, only it has a role P. */
    boolean has(String model, String measure) {
      return results.get(model).measures().contains(measure);
    }
  }

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public BusinessModelsLesson() {
    super("business-models",
        "the same consumers served by a traditional chain, a marketplace, S2B2C and S2B2C2S2B: cost, bullwhip,"
            + " fill rate, inventory and who captures the consumer's money, with 95 % confidence intervals",
        BusinessModelsLesson::run, BusinessModelsLesson::print, BusinessModelsLesson::write);
  }

  /**
   * Runs the lesson in full, writing into {@code --out DIR} (default {@code target/valueloop-output/business-models}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new BusinessModelsLesson(), args);
  }

  /**
   * Runs every model's replications.
   *
   * @param size FULL: 30 replications of 400 ticks; SMALL: 8 of 200
   * @return the result
   */
  static Result run(Size size) {
    int replications = size == Size.FULL ? 30 : 8;
    int ticks = size == Size.FULL ? 400 : 200;
    Scenario.Builder base = Scenario.builder(ticks)
        .warmUp(50)
        .seed(SEED)
        .steadyStart(true)
        .demand(DemandProcesses.normal(BusinessModels.MEAN_DEMAND, 5))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5), 1.0, 20));
    Map<String, ExperimentResult> results = new LinkedHashMap<>();
    Map<String, SimulationResult> runs = new LinkedHashMap<>();
    List<Model> models = BusinessModels.all();
    for (Model model : models) {
      Scenario scenario = base.informationSharing(model.informationSharing()).build();
      Simulation simulation = Simulation.of(CompiledChain.compile(model.chain()));
      Experiment.Builder experiment = Experiment.builder(simulation)
          .scenario(model.name(), scenario)
          .replications(replications)
          .threads(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())))
          .measure(COST, run -> run.ownCost() / unitsSold(run))
          .measure(RETAIL, run -> mean(run, model.retail(), ActorMetrics::bullwhip))
          .measure(FACTORY, run -> run.metrics(BusinessModels.FACTORY).bullwhip().orElse(0))
          .measure(FILL, run -> mean(run, model.retail(), ActorMetrics::fillRate))
          .measure(INVENTORY, run -> run.actorMetrics().stream().filter(m -> m.role() != Role.C)
              .mapToDouble(ActorMetrics::meanOnHand).sum())
          .measure(COSTS_SHARE, run -> run.ownCost() / run.consumerSpend());
      model.middle().ifPresent(middle ->
          experiment.measure(MIDDLE, run -> run.metrics(middle).bullwhip().orElse(0)));
      for (Role role : ROLES) {
        if (model.chain().actors().stream().anyMatch(actor -> actor.role() == role)) {
          experiment.measure(share(role), run -> run.metrics(role).valueCaptureShare().orElse(0));
        }
      }
      results.put(model.name(), experiment.build().run());
      runs.put(model.name(), simulation.run(scenario));
    }
    return new Result(models, results, runs);
  }

  /** Returns the units sold to consumers: their spend at the one retail price. */
  static double unitsSold(SimulationResult run) {
    return run.consumerSpend() / BusinessModels.RETAIL_PRICE;
  }

  /** {@return the measure name of a role's share of consumer spend} */
  static String share(Role role) {
    return "share " + role.letter();
  }

  private static double mean(SimulationResult run, List<String> actors,
      Function<ActorMetrics, OptionalDouble> metric) {
    return actors.stream().mapToDouble(id -> metric.apply(run.metrics(id)).orElse(0)).average().orElse(0);
  }

  private static List<String> operations() {
    return List.of(COST, RETAIL, MIDDLE, FACTORY, FILL, INVENTORY);
  }

  private static List<String> shares() {
    List<String> shares = new ArrayList<>();
    ROLES.forEach(role -> shares.add(share(role)));
    shares.add(COSTS_SHARE);
    return shares;
  }

  /**
   * Prints the lesson's tables.
   *
   * @param result what the lesson found
   * @param out where to print
   */
  static void print(Result result, PrintStream out) {
    out.println("Business models compared: the same consumers, four ways of serving them");
    out.printf("%d segments, demand N(%.0f, 5^2) each, retail price %.0f; mean +- 95 %% CI half-width over %d"
        + " replications%n%n", BusinessModels.SEGMENTS, BusinessModels.MEAN_DEMAND, BusinessModels.RETAIL_PRICE,
        result.results().values().iterator().next().replications());
    printTable(result, out, "Operations", operations(), "%8.3f");
    out.println();
    printTable(result, out, "Share of each unit of consumer spend (profit by role, own costs)", shares(), "%8.3f");
    out.println();
    out.println("The marketplace's commission is its whole income: P's share equals the commission rate.");
    out.println("The supply platform cuts lead times and stock points; the data loop then lets the platform");
    out.println("and the factory forecast from consumers instead of orders: the bullwhip upstream falls.");
  }

  private static void printTable(Result result, PrintStream out, String title, List<String> measures,
      String format) {
    out.println(title);
    out.printf("%-26s", "");
    result.models().forEach(model -> out.printf(" %21s", model.name()));
    out.println();
    for (String measure : measures) {
      out.printf("%-26s", measure);
      for (Model model : result.models()) {
        if (result.has(model.name(), measure)) {
          Summary s = result.summary(model.name(), measure);
          out.printf(" %12s +- %5.3f", String.format(format, s.mean()).trim(), s.halfWidth());
        } else {
          out.printf(" %21s", "-");
        }
      }
      out.println();
    }
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    List<String> names = result.models().stream().map(Model::name).toList();
    Report.Builder report = Report.builder("Business models compared")
        .setting("models", String.join(", ", names))
        .setting("replications", result.results().values().iterator().next().replications())
        .setting("confidence level", LEVEL);
    report.section("What is compared").text(
        "The same four consumer segments (demand N(25, 5²) a tick each, 10 a unit) served by a traditional chain"
            + " (factory → distributor → retailers), a consumer-internet marketplace (sellers buy from the factory"
            + " and pay the marketplace a 10 % commission), a supply platform (S2B2C, 5 % take rate) and the same"
            + " platform with the consumer-data loop on (S2B2C2S2B). Every stock point orders up to a 5-tick"
            + " moving-average forecast.");
    report.table(table(result, "Operations (mean ± 95 % CI half-width)", operations()));
    report.table(table(result, "Share of each unit of consumer spend", shares()));
    report.section("Bullwhip");
    report.chart(files.chart("business-models", bullwhipChart(result)));
    report.chart(files.chart("factory-bullwhip", interval(result, FACTORY, "Var(orders) / Var(demand)")));
    report.section("Cost, service and stock");
    report.chart(files.chart("cost-per-unit", interval(result, COST, "currency units per unit sold")));
    report.chart(files.chart("fill-rate", interval(result, FILL, "fraction shipped at once")));
    report.chart(files.chart("inventory", interval(result, INVENTORY, "units on hand")));
    report.section("Who captures the consumer's money");
    report.chart(files.chart("value-capture", shareChart(result)));
    report.section("The chains");
    for (Model model : result.models()) {
      report.text(model.name() + " (" + model.code() + ")");
      report.drawing(files.drawing("chain-" + model.name().toLowerCase(Locale.ROOT),
          ChainDrawing.of(model.chain())));
    }
    return files.report(report.build());
  }

  private static Table table(Result result, String caption, List<String> measures) {
    List<String> columns = new ArrayList<>();
    columns.add("measure");
    result.models().forEach(model -> columns.add(model.name()));
    Table.Builder table = Table.builder(caption, columns.toArray(new String[0]));
    for (String measure : measures) {
      List<Object> row = new ArrayList<>();
      row.add(measure);
      for (Model model : result.models()) {
        row.add(result.has(model.name(), measure) ? String.format("%.3f ± %.3f",
            result.summary(model.name(), measure).mean(), result.summary(model.name(), measure).halfWidth()) : "");
      }
      table.row(row.toArray());
    }
    return table.build();
  }

  /** The README's chart: the mean bullwhip ratio of each tier, one group per tier, one bar per model. */
  static Chart bullwhipChart(Result result) {
    Map<String, double[]> bars = new LinkedHashMap<>();
    for (Model model : result.models()) {
      bars.put(model.name(), new double[] {
          result.mean(model.name(), RETAIL).orElse(0), result.mean(model.name(), MIDDLE).orElse(0),
          result.mean(model.name(), FACTORY).orElse(0)});
    }
    return Charts.groupedBars("Bullwhip ratio by tier and business model (mean of replications)",
        "Var(orders) / Var(consumer demand)", List.of("retail (B)", "distributor (B) or platform (S)",
            "factory (M)"), bars);
  }

  private static Chart interval(Result result, String measure, String yLabel) {
    List<Summary> summaries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Model model : result.models()) {
      names.add(model.name());
      summaries.add(result.summary(model.name(), measure));
    }
    return Charts.intervalBars(measure + " by business model", yLabel, names, summaries);
  }

  private static Chart shareChart(Result result) {
    Map<String, double[]> stacks = new LinkedHashMap<>();
    for (String measure : shares()) {
      double[] values = new double[result.models().size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = result.mean(result.models().get(i).name(), measure).orElse(0);
      }
      stacks.put(measure.startsWith("share ") ? measure.substring(6) + " profit" : measure, values);
    }
    return Charts.stackedBars("Share of each unit of consumer spend", "share of consumer spend",
        result.models().stream().map(Model::name).toList(), stacks);
  }
}
