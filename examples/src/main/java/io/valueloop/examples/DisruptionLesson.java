package io.valueloop.examples;

import io.valueloop.analysis.Bottlenecks;
import io.valueloop.analysis.CriticalActors;
import io.valueloop.charts.ChainDrawing;
import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Event;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lesson: a key factory stops; how far the shortage reaches, how long recovery takes, and whether the analysis saw
 * it coming.
 *
 * <p>Two factories (M) supply a supply platform (S), the main one 70 % of its needs and the second 30 % (fixed
 * shares), each able to make 1.3 times its share of the nominal demand; the platform supplies four shops (B), each
 * serving a consumer segment demanding N(25, 5²) a tick. Before anything happens, the structural analysis names the
 * critical actors: the share of consumer demand passing through each ({@link CriticalActors}), the actors whose loss
 * splits the goods network, and the bottleneck cut ({@link Bottlenecks}). Then the main factory stops for
 * {@value #OUTAGE_TICKS} ticks ({@link Event#actorOutage(String, int, int)}): the platform's stock runs down, the shops'
 * fill rate falls and their backlog grows; after the outage the factory works off its backlog at its spare capacity
 * and the chain recovers. The curves are means over replications.
 *
 * <p>The second factory does not step in: the platform keeps its fixed shares, as no re-sourcing rule exists yet.
 * When sourcing rules (primary–backup, by availability) exist, {@link #resourced(Scenario)} will return the scenario
 * with the platform re-sourcing, and the lesson will chart both recoveries: re-sourcing should shorten recovery.
 *
 * <p>Source: Y. Sheffi (2005), <i>The Resilient Enterprise</i>, MIT Press; D. Simchi-Levi, W. Schmidt and Y. Wei
 * (2014), "From superstorms to factory fires: managing unpredictable supply-chain disruptions", Harvard Business
 * Review 92(1–2).
 */
public final class DisruptionLesson implements Lesson {
  static final String MAIN_FACTORY = "factory-main";
  static final String SECOND_FACTORY = "factory-second";
  static final String PLATFORM = "platform";
  static final int SHOPS = 4;
  static final double MEAN_DEMAND = 25;
  static final int OUTAGE_TICKS = 15;
  private static final double MAIN_SHARE = 0.7;
  private static final double HEADROOM = 1.3;
  private static final long SEED = 2_011L;

  /**
   * What the lesson found.
   *
   * @param outageFrom the outage's first tick
   * @param outageTo the tick after its last
   * @param fillRate the shops' fill rate per tick: shipped over what was owed (backlog plus new orders), mean of
   *     replications
   * @param shopBacklog the shops' total backlog per tick, mean of replications
   * @param platformOnHand the platform's stock per tick, mean of replications
   * @param throughputShare the share of consumer demand through each non-consumer actor, largest first
   * @param articulationPoints the actors whose loss splits the goods network
   * @param cutActors the actors on the bottleneck cut
   */
  record Result(int outageFrom, int outageTo, double[] fillRate, double[] shopBacklog, double[] platformOnHand,
      Map<String, Double> throughputShare, List<String> articulationPoints, List<String> cutActors) {

    /** Returns the mean fill rate over {@code [from, to)}. */
    double meanFillRate(int from, int to) {
      double sum = 0;
      for (int t = from; t < to; t++) {
        sum += fillRate[t];
      }
      return sum / (to - from);
    }

    /** Returns the mean fill rate before the outage (its second half: past the start). */
    double before() {
      return meanFillRate(outageFrom / 2, outageFrom);
    }

    /** Returns the lowest fill rate, at any tick. */
    double lowest() {
      double low = 1;
      for (double f : fillRate) {
        low = Math.min(low, f);
      }
      return low;
    }

    /** Returns the mean fill rate over the last quarter of the run, long after the outage. */
    double after() {
      return meanFillRate(fillRate.length * 3 / 4, fillRate.length);
    }

    /**
     * Returns the first tick after the outage at which the fill rate is back within 0.05 of {@link #before()}, or
     * the run's length if it never is.
     */
    int recoveredAt() {
      int t = outageTo;
      while (t < fillRate.length && fillRate[t] < before() - 0.05) {
        t++;
      }
      return t;
    }
  }

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public DisruptionLesson() {}

  @Override
  public String name() {
    return "disruption";
  }

  @Override
  public String teaches() {
    return "a key factory's outage: the critical actors the analysis names beforehand, then the fill rate and"
        + " backlog falling and recovering";
  }

  /**
   * Runs the lesson in full, writing into {@code --out DIR} (default {@code target/valueloop-output/disruption}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new DisruptionLesson(), args);
  }

  @Override
  public LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    Result result = run(size);
    print(result, out);
    return write(result, outDir);
  }

  /** {@return the lesson's chain: two factories, a platform, four shops and their consumers} */
  static ValueChain chain() {
    double demand = SHOPS * MEAN_DEMAND;
    ValueChain.Builder chain = ValueChain.builder()
        .actor(Actor.builder().id(MAIN_FACTORY).role(Role.M).capacity(HEADROOM * MAIN_SHARE * demand).build())
        .actor(Actor.builder().id(SECOND_FACTORY).role(Role.M).capacity(HEADROOM * (1 - MAIN_SHARE) * demand)
            .build())
        .actor(Actor.builder().id(PLATFORM).role(Role.S).holdingCost(0.1).build())
        .trade(MAIN_FACTORY, PLATFORM, GoodsTerms.builder().price(4).leadTime(2).orderDelay(1).share(MAIN_SHARE)
            .build())
        .trade(SECOND_FACTORY, PLATFORM, GoodsTerms.builder().price(4).leadTime(2).orderDelay(1)
            .share(1 - MAIN_SHARE).build());
    for (int i = 0; i < SHOPS; i++) {
      chain.actor("shop-" + i, Role.B)
          .actor(Actor.builder().id("consumers-" + i).role(Role.C).demand(MEAN_DEMAND).build())
          .trade(PLATFORM, "shop-" + i, GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build())
          .trade("shop-" + i, "consumers-" + i, GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build());
    }
    return chain.build();
  }

  /**
   * The place for re-sourcing: returns the scenario with the platform re-sourcing from the second factory when the
   * main one fails. Sourcing rules do not exist in the library yet (a later issue), so this returns empty and the
   * lesson shows the outage with fixed shares only.
   *
   * @param scenario the outage scenario
   * @return the scenario with re-sourcing, when the library can express it
   */
  static Optional<Scenario> resourced(Scenario scenario) {
    return Optional.empty();
  }

  /**
   * Analyses the chain, then simulates the outage over replications and averages the curves.
   *
   * @param size FULL: 20 replications of 200 ticks, the outage from tick 50; SMALL: 4 of 160, from tick 30
   * @return the result
   */
  static Result run(Size size) {
    int replications = size == Size.FULL ? 20 : 4;
    int ticks = size == Size.FULL ? 200 : 160;
    int from = size == Size.FULL ? 50 : 30;
    ValueChain chain = chain();
    CriticalActors critical = CriticalActors.of(chain);
    Map<String, Double> shares = new LinkedHashMap<>();
    critical.throughputShare().entrySet().stream()
        .filter(e -> chain.actor(e.getKey()).orElseThrow().role() != Role.C)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> shares.put(e.getKey(), e.getValue()));
    Scenario scenario = Scenario.builder(ticks)
        .seed(SEED)
        .steadyStart(true)
        .demand(DemandProcesses.normal(MEAN_DEMAND, 5))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5), 1.0, 20))
        .event(Event.actorOutage(MAIN_FACTORY, from, from + OUTAGE_TICKS))
        .record(Series.SHIPPED, Role.B)
        .record(Series.INCOMING_ORDERS, Role.B)
        .record(Series.BACKLOG, Role.B)
        .record(Series.ON_HAND, PLATFORM)
        .build();
    Simulation simulation = Simulation.of(CompiledChain.compile(chain));
    double[] fill = new double[ticks];
    double[] backlog = new double[ticks];
    double[] onHand = new double[ticks];
    for (int r = 0; r < replications; r++) {
      SimulationResult run = simulation.run(scenario.withReplication(r));
      double[] owed = new double[ticks];
      double[] shipped = new double[ticks];
      double[] runBacklog = new double[ticks];
      for (int i = 0; i < SHOPS; i++) {
        String shop = "shop-" + i;
        add(shipped, run.series(Series.SHIPPED, shop));
        add(owed, run.series(Series.INCOMING_ORDERS, shop));
        add(runBacklog, run.series(Series.BACKLOG, shop));
      }
      for (int t = 0; t < ticks; t++) {
        double due = owed[t] + (t > 0 ? runBacklog[t - 1] : 0);
        fill[t] += (due > 0 ? Math.min(1, shipped[t] / due) : 1) / replications;
        backlog[t] += runBacklog[t] / replications;
      }
      double[] stock = run.series(Series.ON_HAND, PLATFORM);
      for (int t = 0; t < ticks; t++) {
        onHand[t] += stock[t] / replications;
      }
    }
    return new Result(from, from + OUTAGE_TICKS, fill, backlog, onHand, shares, critical.articulationPoints(),
        Bottlenecks.of(chain).cutActors());
  }

  private static void add(double[] sum, double[] values) {
    for (int t = 0; t < sum.length; t++) {
      sum[t] += values[t];
    }
  }

  static void print(Result result, PrintStream out) {
    out.println("Disruption: the main factory stops for " + OUTAGE_TICKS + " ticks (ticks " + result.outageFrom()
        + " to " + (result.outageTo() - 1) + ")");
    out.println();
    out.println("Before: what the analysis names as critical");
    out.println("  share of consumer demand through each actor:");
    result.throughputShare().entrySet().stream().limit(4)
        .forEach(e -> out.printf("    %-15s %5.1f %%%n", e.getKey(), 100 * e.getValue()));
    out.println("  actors whose loss splits the goods network: " + result.articulationPoints());
    out.println("  actors on the bottleneck cut: " + (result.cutActors().isEmpty()
        ? "none (capacity covers the nominal demand)" : result.cutActors()));
    out.println();
    out.println("During and after: the shops' fill rate (mean of replications)");
    out.printf("  before the outage        %6.3f%n", result.before());
    out.printf("  during the outage        %6.3f%n", result.meanFillRate(result.outageFrom(), result.outageTo()));
    out.printf("  lowest                   %6.3f%n", result.lowest());
    out.printf("  long after               %6.3f%n", result.after());
    out.printf("  back within 0.05 at tick %6d (%d ticks after the outage ended)%n", result.recoveredAt(),
        result.recoveredAt() - result.outageTo());
    out.println();
    out.println("The platform's stock buffers the first ticks; then the shops run short. The second");
    out.println("factory could have helped, but the platform keeps its fixed shares: re-sourcing rules");
    out.println("are a later issue, and this lesson will show them beside the fixed shares.");
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    Report.Builder report = Report.builder("Disruption: a key factory's outage")
        .setting("outage", MAIN_FACTORY + ", ticks " + result.outageFrom() + " to " + (result.outageTo() - 1))
        .setting("sourcing", "fixed shares (70 % / 30 %); re-sourcing rules are a later issue");
    report.section("The chain").drawing(files.drawing("chain", ChainDrawing.of(chain())));
    report.section("What the analysis names beforehand");
    Table.Builder critical = Table.builder("Share of consumer demand through each actor", "actor", "share");
    result.throughputShare().forEach(critical::row);
    report.table(critical.note("Articulation points: " + result.articulationPoints() + "; bottleneck cut: "
        + result.cutActors()).build());
    report.section("Recovery");
    report.table(Table.builder("Shops' fill rate", "period", "fill rate")
        .row("before the outage", result.before())
        .row("during the outage", result.meanFillRate(result.outageFrom(), result.outageTo()))
        .row("lowest", result.lowest())
        .row("long after", result.after())
        .row("recovered at tick", result.recoveredAt())
        .build());
    double[] ticks = new double[result.fillRate().length];
    for (int t = 0; t < ticks.length; t++) {
      ticks[t] = t;
    }
    report.chart(files.chart("fill-rate", Charts.lines("Shops' fill rate per tick (outage at ticks "
        + result.outageFrom() + "–" + (result.outageTo() - 1) + ")", "tick", "shipped / owed", ticks,
        Map.of("fill rate", result.fillRate()))));
    Map<String, double[]> stock = new LinkedHashMap<>();
    stock.put("shops' backlog", result.shopBacklog());
    stock.put("platform's stock", result.platformOnHand());
    report.chart(files.chart("backlog", Charts.lines("Shops' backlog and the platform's stock per tick", "tick",
        "units", ticks, stock)));
    report.section("Re-sourcing").text("Not yet: the library has no sourcing rules (a later issue). When it has, the"
        + " lesson adds the recovery with the platform re-sourcing from the second factory.");
    return files.report(report.build());
  }
}
