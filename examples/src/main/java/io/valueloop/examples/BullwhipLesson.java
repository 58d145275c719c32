package io.valueloop.examples;

import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lesson: why sharing consumer demand data tames the bullwhip effect.
 *
 * <p>A serial chain consumers → shop (B) → supply platform (S) → factory (M). Every stage orders up to
 * {@code L·F}, where {@code F} is a {@value #WINDOW}-tick moving average of the demand it sees and {@code L} =
 * {@value #LEAD_TIME} ticks its lead time (no safety stock, orders may be negative: the textbook setting). Consumers
 * demand i.i.d. N({@value #MEAN_DEMAND}, {@value #DEMAND_SD}²) per tick, the same seeded draws in both runs:
 * <ul>
 *   <li>loop off: each stage forecasts from its customer's orders, so every stage amplifies the variation it
 *       receives, and the amplifications multiply up the chain;</li>
 *   <li>loop on (S2B2C2S2B): the consumers' demand reaches the platform and the factory as data, so every stage
 *       forecasts from the source; only the lead times add up.</li>
 * </ul>
 * Each stage's bullwhip ratio {@code Var(orders) / Var(consumer demand)} is printed both ways, beside the lower
 * bounds of Chen et al. for a stage with cumulative lead time {@code L₁ + ... + L_k}: with centralised demand
 * information {@code 1 + 2ΣL/p + 2(ΣL)²/p²}, without it {@code ∏(1 + 2Lᵢ/p + 2Lᵢ²/p²)}. With the data arriving
 * without delay, the runs with the loop on attain the first bound. A picture shows the ratios as bars, and on one
 * axis the band in which each stage's orders fall (mean ± 2 standard deviations) widening up the chain.
 *
 * <p>Source: F. Chen, Z. Drezner, J. K. Ryan and D. Simchi-Levi (2000), "Quantifying the bullwhip effect in a
 * simple supply chain: the impact of forecasting, lead times, and information", Management Science 46(3),
 * 436–443; H. L. Lee, V. Padmanabhan and S. Whang (1997), "Information distortion in a supply chain: the bullwhip
 * effect", Management Science 43(4), 546–558.
 */
public final class BullwhipLesson implements Lesson {
  static final int LEAD_TIME = 2;
  static final int WINDOW = 5;
  static final double MEAN_DEMAND = 100;
  static final double DEMAND_SD = 10;
  static final int TICKS = 20_000;
  static final int WARM_UP = 100;
  static final long SEED = 2000L;

  private static final String CONSUMERS = "consumers";
  /** The ordering stages, downstream first. */
  private static final List<String> STAGES = List.of("shop", "platform", "factory");
  private static final int BAR_WIDTH = 24;
  private static final int AXIS_WIDTH = 45;

  /**
   * One ordering stage's bullwhip ratios.
   *
   * @param actor the stage's actor id
   * @param role its role
   * @param cumulativeLeadTime the sum of the lead times from the consumers up to and including this stage, ticks
   * @param withoutSharing the ratio with the consumer-data loop off
   * @param withSharing the ratio with the loop on
   * @param centralizedBound Chen et al.'s lower bound with centralised demand information
   * @param decentralizedBound Chen et al.'s lower bound without it
   */
  record Stage(String actor, Role role, int cumulativeLeadTime, double withoutSharing, double withSharing,
      double centralizedBound, double decentralizedBound) {}

  /**
   * Where the orders of one actor fall over the measured ticks.
   *
   * @param label whose orders, and with the loop off or on
   * @param mean the mean order per tick, units
   * @param standardDeviation the population standard deviation of the orders per tick, units
   */
  record Band(String label, double mean, double standardDeviation) {

    /** Returns the mean less two standard deviations: about 2.5 % of normal orders fall below it. */
    double low() {
      return mean - 2 * standardDeviation;
    }

    /** Returns the mean plus two standard deviations. */
    double high() {
      return mean + 2 * standardDeviation;
    }
  }

  /**
   * What the lesson found.
   *
   * @param stages the ordering stages, downstream first
   * @param bands where the orders fall: the consumers' (their demand), the shop's (the same either way, as no data
   *     reaches it), and each upstream stage's with the loop off and on
   */
  record Result(List<Stage> stages, List<Band> bands) {}

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public BullwhipLesson() {}

  @Override
  public String name() {
    return "bullwhip";
  }

  @Override
  public String teaches() {
    return "why sharing consumer data tames the bullwhip: each stage's order variance with the loop off and on,"
        + " beside Chen et al.'s bounds";
  }

  /**
   * Runs the lesson, writing into {@code --out DIR} (default {@code target/valueloop-output/bullwhip}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new BullwhipLesson(), args);
  }

  /** Runs the lesson; it takes well under a second, so both sizes are the full lesson. */
  @Override
  public LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    Result result = run();
    print(result, out);
    LessonFiles files = new LessonFiles(outDir);
    List<String> stages = result.stages().stream().map(s -> s.actor() + " (" + s.role() + ")").toList();
    Map<String, double[]> ratios = new LinkedHashMap<>();
    ratios.put("loop off", result.stages().stream().mapToDouble(Stage::withoutSharing).toArray());
    ratios.put("bound, loop off", result.stages().stream().mapToDouble(Stage::decentralizedBound).toArray());
    ratios.put("loop on", result.stages().stream().mapToDouble(Stage::withSharing).toArray());
    ratios.put("bound, loop on", result.stages().stream().mapToDouble(Stage::centralizedBound).toArray());
    Table.Builder table = Table.builder("Bullwhip ratio Var(orders) / Var(consumer demand)", "stage", "sum of L",
        "loop off", "bound", "loop on", "bound");
    result.stages().forEach(s -> table.row(s.actor() + " (" + s.role() + ")", s.cumulativeLeadTime(),
        s.withoutSharing(), s.decentralizedBound(), s.withSharing(), s.centralizedBound()));
    Report report = Report.builder("Why sharing consumer data tames the bullwhip")
        .setting("lead time per stage", LEAD_TIME)
        .setting("moving-average window", WINDOW)
        .setting("demand", "N(" + MEAN_DEMAND + ", " + DEMAND_SD + "²)")
        .setting("ticks", TICKS)
        .section("Bullwhip per stage")
        .table(table.note("Lower bounds of Chen et al. (2000): off, the product of 1 + 2L/p + 2L²/p² over the"
            + " stages; on, 1 + 2ΣL/p + 2(ΣL)²/p².").build())
        .chart(files.chart("bullwhip", Charts.groupedBars("Bullwhip ratio per stage, loop off and on",
            "Var(orders) / Var(consumer demand)", stages, ratios)))
        .section("Where the orders fall")
        .chart(files.chart("order-spread", Charts.groupedBars("Standard deviation of the orders per tick",
            "units", result.bands().stream().map(Band::label).toList(),
            Map.of("standard deviation", result.bands().stream().mapToDouble(Band::standardDeviation).toArray()))))
        .build();
    return files.report(report);
  }

  /**
   * Prints the lesson's tables.
   *
   * @param result what the lesson found
   * @param out where to print
   */
  static void print(Result result, PrintStream out) {
    out.println("Why sharing consumer data tames the bullwhip");
    out.println("consumers -> shop (B) -> platform (S) -> factory (M), each stage ordering up to");
    out.printf("a %d-tick moving-average forecast, lead time %d ticks at every stage,%n", WINDOW, LEAD_TIME);
    out.printf("demand N(%.0f, %.0f^2), %,d ticks%n%n", MEAN_DEMAND, DEMAND_SD, TICKS);
    out.println("Bullwhip ratio Var(orders) / Var(consumer demand), and Chen et al.'s bounds");
    out.printf("%-12s %8s %9s %7s %9s %7s%n", "stage", "sum of L", "loop off", "bound", "loop on", "bound");
    for (Stage stage : result.stages()) {
      out.printf("%-8s (%s) %8d %9.2f %7.2f %9.2f %7.2f%n", stage.actor(), stage.role(),
          stage.cumulativeLeadTime(), stage.withoutSharing(), stage.decentralizedBound(), stage.withSharing(),
          stage.centralizedBound());
    }
    out.println("lower bounds: off, the product over the stages of 1 + 2L/p + 2L^2/p^2;");
    out.println("              on, 1 + 2(sum L)/p + 2(sum L)^2/p^2, attained up to sampling noise");
    double scale = result.stages().stream().mapToDouble(Stage::withoutSharing).max().orElseThrow();
    out.println();
    out.printf("# loop off, = loop on (full bar = %.1f)%n", scale);
    for (Stage stage : result.stages()) {
      out.printf("%-8s off |%-" + BAR_WIDTH + "s %5.2f%n", stage.actor(),
          TextChart.bar(stage.withoutSharing(), scale, BAR_WIDTH, '#'), stage.withoutSharing());
      out.printf("%-8s on  |%-" + BAR_WIDTH + "s %5.2f%n", "",
          TextChart.bar(stage.withSharing(), scale, BAR_WIDTH, '='), stage.withSharing());
    }
    // One axis for all bands, widened to whole tens.
    double axisLow = 10 * Math.floor(result.bands().stream().mapToDouble(Band::low).min().orElseThrow() / 10);
    double axisHigh = 10 * Math.ceil(result.bands().stream().mapToDouble(Band::high).max().orElseThrow() / 10);
    out.println();
    out.println("Where 95 % of the orders per tick fall (mean +- 2 standard deviations)");
    out.printf("%-13s %-" + (AXIS_WIDTH - 5) + ".0f%5.0f%n", "axis", axisLow, axisHigh);
    for (Band band : result.bands()) {
      out.printf("%-13s|%-" + AXIS_WIDTH + "s| %4.0f to %3.0f%n", band.label(),
          TextChart.interval(band.low(), band.high(), axisLow, axisHigh, AXIS_WIDTH), band.low(), band.high());
    }
    out.println();
    out.println("Without the loop each stage forecasts from amplified orders and the ratios");
    out.println("multiply; with the consumers' data every stage forecasts from the source and");
    out.println("only the lead times add up: the factory's order variance falls by over half.");
  }

  /**
   * Runs the lesson: the same scenario with the consumer-data loop off and on.
   *
   * @return each stage's ratios and bounds, and the bands of the orders
   */
  static Result run() {
    Simulation simulation = Simulation.of(CompiledChain.compile(chain()));
    Scenario withoutLoop = Scenario.builder(WARM_UP + TICKS)
        .warmUp(WARM_UP)
        .seed(SEED)
        .negativeOrders(true)
        .productionLeadTime(LEAD_TIME)
        .demand(DemandProcesses.normal(MEAN_DEMAND, DEMAND_SD))
        .policy(Policies.orderUpTo(Forecast.movingAverage(WINDOW)))
        .informationSharing(false)
        .record(Series.ORDERS, CONSUMERS, STAGES.get(0), STAGES.get(1), STAGES.get(2))
        .build();
    SimulationResult off = simulation.run(withoutLoop);
    SimulationResult on = simulation.run(withoutLoop.withInformationSharing(true));

    List<Stage> stages = new ArrayList<>();
    List<Band> bands = new ArrayList<>();
    bands.add(band("consumers", off, CONSUMERS));
    for (int k = 0; k < STAGES.size(); k++) {
      String actor = STAGES.get(k);
      int[] leadTimes = new int[k + 1];
      Arrays.fill(leadTimes, LEAD_TIME);
      stages.add(new Stage(actor, off.metrics(actor).role(), (k + 1) * LEAD_TIME,
          off.metrics(actor).bullwhip().orElseThrow(), on.metrics(actor).bullwhip().orElseThrow(),
          centralizedBound((k + 1) * LEAD_TIME, WINDOW), decentralizedBound(leadTimes, WINDOW)));
      if (k == 0) {
        // No data reaches the shop: it sees its customers' orders and orders the same either way.
        bands.add(band(actor, off, actor));
      } else {
        bands.add(band(actor + " off", off, actor));
        bands.add(band(actor + " on", on, actor));
      }
    }
    return new Result(List.copyOf(stages), List.copyOf(bands));
  }

  /**
   * Returns Chen et al.'s lower bound on the bullwhip ratio of a stage whose forecast sees consumer demand:
   * {@code 1 + 2L/p + 2L²/p²}, with {@code L} the lead times summed from the consumers to the stage.
   *
   * @param totalLeadTime the summed lead time {@code L}, ticks, non-negative
   * @param window the moving-average window {@code p}, positive
   * @return the bound
   */
  static double centralizedBound(int totalLeadTime, int window) {
    if (totalLeadTime < 0) {
      throw new IllegalArgumentException("total lead time must be non-negative but was " + totalLeadTime);
    }
    if (window < 1) {
      throw new IllegalArgumentException("moving-average window must be positive but was " + window);
    }
    double ratio = (double) totalLeadTime / window;
    return 1 + 2 * ratio + 2 * ratio * ratio;
  }

  /**
   * Returns Chen et al.'s lower bound on the bullwhip ratio of the last of {@code k} stages that each forecast
   * from their customer's orders: {@code ∏(1 + 2Lᵢ/p + 2Lᵢ²/p²)}.
   *
   * @param leadTimes the lead time {@code Lᵢ} of each stage from the consumers up, ticks, non-negative
   * @param window the moving-average window {@code p}, positive
   * @return the bound
   */
  static double decentralizedBound(int[] leadTimes, int window) {
    double bound = 1;
    for (int leadTime : leadTimes) {
      bound *= centralizedBound(leadTime, window);
    }
    return bound;
  }

  private static ValueChain chain() {
    return ValueChain.builder()
        .actor(CONSUMERS, Role.C)
        .actor("shop", Role.B)
        .actor("platform", Role.S)
        .actor("factory", Role.M)
        .trade("factory", "platform", GoodsTerms.builder().price(4).leadTime(LEAD_TIME).orderDelay(0).build())
        .trade("platform", "shop", GoodsTerms.builder().price(6).leadTime(LEAD_TIME).orderDelay(0).build())
        .trade("shop", CONSUMERS, GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build())
        // The closed loop: point-of-sale data to the platform, which passes it on to its factory, at once.
        .data(CONSUMERS, "platform", 0)
        .data("platform", "factory", 0)
        .build();
  }

  private static Band band(String label, SimulationResult result, String actor) {
    double[] orders = result.series(Series.ORDERS, actor);
    double sum = 0;
    for (int t = WARM_UP; t < orders.length; t++) {
      sum += orders[t];
    }
    double mean = sum / (orders.length - WARM_UP);
    double squares = 0;
    for (int t = WARM_UP; t < orders.length; t++) {
      squares += (orders[t] - mean) * (orders[t] - mean);
    }
    return new Band(label, mean, Math.sqrt(squares / (orders.length - WARM_UP)));
  }
}
