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
import io.valueloop.sim.SourcingRule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lesson: a key factory stops; how far the shortage reaches, how long recovery takes, whether the analysis saw it
 * coming, and how much re-sourcing helps.
 *
 * <p>Two factories (M) supply a supply platform (S), the main one 70 % of its needs and the second 30 %; the main
 * factory can make 1.3 times its share of the nominal demand, the second, a plant with spare capacity, 75 % of the
 * demand; the platform supplies four shops (B), each serving a consumer
 * segment demanding N(25, 5²) a tick. Before anything happens, the structural analysis names the critical actors: the
 * share of consumer demand passing through each ({@link CriticalActors}), the actors whose loss splits the goods
 * network, and the bottleneck cut ({@link Bottlenecks}). Then the main factory stops for {@value #OUTAGE_TICKS} ticks
 * ({@link Event#actorOutage(String, int, int)}): the platform's stock runs down, the shops' fill rate falls and their
 * backlog grows; after the outage the factory works off its backlog at its spare capacity and the chain recovers.
 *
 * <p>The lesson runs the outage twice on the same random numbers: with the platform keeping its fixed shares
 * ({@link SourcingRule#FIXED_SHARES}), and with the platform re-sourcing ({@link #resourced(Scenario)}:
 * {@link SourcingRule#SHARES_OF_UP}). Shares of the suppliers that are up fit the story: while both factories work
 * the platform keeps its 70/30 split (neither factory alone could serve the nominal demand, so a primary–backup rule
 * would overload the main factory in normal times), and while the main factory is down its share goes to the second
 * factory, which then works at its full capacity. Re-sourcing helps as far as the second factory has spare capacity:
 * the orders moved to it are owed by it, so had it only 1.3 times its share, its order book would pile up and the
 * recovery would take longer than with fixed shares. The curves are means over replications; the paired difference of
 * the fill rate during the outage is taken replication by replication.
 *
 * <p>Source: Y. Sheffi (2005), <i>The Resilient Enterprise</i>, MIT Press; D. Simchi-Levi, W. Schmidt and Y. Wei
 * (2014), "From superstorms to factory fires: managing unpredictable supply-chain disruptions", Harvard Business
 * Review 92(1–2).
 */
public final class DisruptionLesson extends StagedLesson<DisruptionLesson.Result> {
  static final String MAIN_FACTORY = "factory-main";
  static final String SECOND_FACTORY = "factory-second";
  static final String PLATFORM = "platform";
  static final int SHOPS = 4;
  static final double MEAN_DEMAND = 25;
  static final int OUTAGE_TICKS = 15;
  private static final double MAIN_SHARE = 0.7;
  private static final double HEADROOM = 1.3;
  private static final double SECOND_CAPACITY = 0.75;
  private static final long SEED = 2_011L;

  /**
   * One sourcing's recovery from the outage.
   *
   * @param outageFrom the outage's first tick
   * @param outageTo the tick after its last
   * @param fillRate the shops' fill rate per tick: shipped over what was owed (backlog plus new orders), mean of
   *     replications
   * @param shopBacklog the shops' total backlog per tick, mean of replications
   * @param platformOnHand the platform's stock per tick, mean of replications
   * @param duringByReplication each replication's mean fill rate during the outage
   */
  record Recovery(int outageFrom, int outageTo, double[] fillRate, double[] shopBacklog, double[] platformOnHand,
      double[] duringByReplication) {

    /** Returns the mean fill rate over {@code [from, to)}. */
    double meanFillRate(int from, int to) {
      return mean(fillRate, from, to);
    }

    /** Returns the mean fill rate during the outage. */
    double during() {
      return meanFillRate(outageFrom, outageTo);
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

    /** Returns the ticks from the outage's end to {@link #recoveredAt()}. */
    int ticksToRecover() {
      return recoveredAt() - outageTo;
    }

    /** Returns the highest total backlog of the shops, at any tick. */
    double backlogPeak() {
      double peak = 0;
      for (double b : shopBacklog) {
        peak = Math.max(peak, b);
      }
      return peak;
    }
  }

  /**
   * What the lesson found. The fill rate accessors describe the run with fixed shares.
   *
   * @param fixedShares the recovery with the platform keeping its fixed shares
   * @param resourced the recovery with the platform re-sourcing ({@link SourcingRule#SHARES_OF_UP})
   * @param throughputShare the share of consumer demand through each non-consumer actor, largest first
   * @param articulationPoints the actors whose loss splits the goods network
   * @param cutActors the actors on the bottleneck cut
   */
  record Result(Recovery fixedShares, Recovery resourced, Map<String, Double> throughputShare,
      List<String> articulationPoints, List<String> cutActors) {

    int outageFrom() {
      return fixedShares.outageFrom();
    }

    int outageTo() {
      return fixedShares.outageTo();
    }

    double[] fillRate() {
      return fixedShares.fillRate();
    }

    double[] shopBacklog() {
      return fixedShares.shopBacklog();
    }

    double meanFillRate(int from, int to) {
      return fixedShares.meanFillRate(from, to);
    }

    double before() {
      return fixedShares.before();
    }

    double after() {
      return fixedShares.after();
    }

    int recoveredAt() {
      return fixedShares.recoveredAt();
    }

    /** Returns the mean over replications of (re-sourced minus fixed) fill rate during the outage. */
    double duringGain() {
      double[] gain = new double[fixedShares.duringByReplication().length];
      for (int r = 0; r < gain.length; r++) {
        gain[r] = resourced.duringByReplication()[r] - fixedShares.duringByReplication()[r];
      }
      return mean(gain, 0, gain.length);
    }
  }

  private static double mean(double[] values, int from, int to) {
    double sum = 0;
    for (int t = from; t < to; t++) {
      sum += values[t];
    }
    return sum / (to - from);
  }

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public DisruptionLesson() {
    super("disruption",
        "a key factory's outage: the critical actors the analysis names beforehand, then the fill rate and"
            + " backlog falling and recovering, with fixed shares and with re-sourcing",
        DisruptionLesson::run, DisruptionLesson::print, DisruptionLesson::write);
  }

  /**
   * Runs the lesson in full, writing into {@code --out DIR} (default {@code target/valueloop-output/disruption}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new DisruptionLesson(), args);
  }

  /** {@return the lesson's chain: two factories, a platform, four shops and their consumers} */
  static ValueChain chain() {
    double demand = SHOPS * MEAN_DEMAND;
    ValueChain.Builder chain = ValueChain.builder()
        .actor(Actor.builder().id(MAIN_FACTORY).role(Role.M).capacity(HEADROOM * MAIN_SHARE * demand).build())
        .actor(Actor.builder().id(SECOND_FACTORY).role(Role.M).capacity(SECOND_CAPACITY * demand)
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
   * Returns the scenario with the platform re-sourcing: it splits its orders by the shares of the factories that
   * are up ({@link SourcingRule#SHARES_OF_UP}), so the main factory's share goes to the second factory while the main
   * one is down, and the 70/30 split holds otherwise.
   *
   * @param scenario the outage scenario with fixed shares
   * @return the scenario with re-sourcing
   */
  static Scenario resourced(Scenario scenario) {
    return scenario.toBuilder().sourcing(PLATFORM, SourcingRule.SHARES_OF_UP).build();
  }

  /**
   * Analyses the chain, then simulates the outage over replications, with fixed shares and with re-sourcing on the
   * same random numbers, and averages the curves.
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
    return new Result(recovery(simulation, scenario, replications, from),
        recovery(simulation, resourced(scenario), replications, from), shares, critical.articulationPoints(),
        Bottlenecks.of(chain).cutActors());
  }

  private static Recovery recovery(Simulation simulation, Scenario scenario, int replications, int from) {
    int ticks = scenario.ticks();
    double[] fill = new double[ticks];
    double[] backlog = new double[ticks];
    double[] onHand = new double[ticks];
    double[] during = new double[replications];
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
      double[] runFill = new double[ticks];
      for (int t = 0; t < ticks; t++) {
        double due = owed[t] + (t > 0 ? runBacklog[t - 1] : 0);
        runFill[t] = due > 0 ? Math.min(1, shipped[t] / due) : 1;
        fill[t] += runFill[t] / replications;
        backlog[t] += runBacklog[t] / replications;
      }
      during[r] = mean(runFill, from, from + OUTAGE_TICKS);
      double[] stock = run.series(Series.ON_HAND, PLATFORM);
      for (int t = 0; t < ticks; t++) {
        onHand[t] += stock[t] / replications;
      }
    }
    return new Recovery(from, from + OUTAGE_TICKS, fill, backlog, onHand, during);
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
    Recovery fixed = result.fixedShares();
    Recovery resourced = result.resourced();
    out.println("During and after: the shops' fill rate (mean of replications)");
    out.printf("  %-28s %13s %13s%n", "", "fixed shares", "re-sourcing");
    out.printf("  %-28s %13.3f %13.3f%n", "before the outage", fixed.before(), resourced.before());
    out.printf("  %-28s %13.3f %13.3f%n", "during the outage", fixed.during(), resourced.during());
    out.printf("  %-28s %13.3f %13.3f%n", "lowest", fixed.lowest(), resourced.lowest());
    out.printf("  %-28s %13.3f %13.3f%n", "long after", fixed.after(), resourced.after());
    out.printf("  %-28s %13d %13d%n", "ticks to recover (0.05)", fixed.ticksToRecover(),
        resourced.ticksToRecover());
    out.printf("  %-28s %13.1f %13.1f%n", "shops' backlog peak", fixed.backlogPeak(), resourced.backlogPeak());
    out.printf("  re-sourcing minus fixed shares, fill rate during the outage (paired mean): %+.3f%n",
        result.duringGain());
    out.println();
    out.println("The platform's stock buffers the first ticks; then the shops run short. With fixed shares the");
    out.println("second factory keeps making its 30 %; re-sourcing by the shares of the factories that are up");
    out.println("sends it the main factory's share, so it works at full capacity: the fill rate falls less,");
    out.println("the backlog peaks lower and there is less to work off once the main factory is back.");
    out.println("The orders moved are owed by the second factory: re-sourcing helps as far as it has spare");
    out.println("capacity (here 75 % of the demand against its 30 % share).");
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    Report.Builder report = Report.builder("Disruption: a key factory's outage")
        .setting("outage", MAIN_FACTORY + ", ticks " + result.outageFrom() + " to " + (result.outageTo() - 1))
        .setting("sourcing", "fixed shares (70 % / 30 %) against re-sourcing (SHARES_OF_UP at the platform)");
    report.section("The chain").drawing(files.drawing("chain", ChainDrawing.of(chain())));
    report.section("What the analysis names beforehand");
    Table.Builder critical = Table.builder("Share of consumer demand through each actor", "actor", "share");
    result.throughputShare().forEach(critical::row);
    report.table(critical.note("Articulation points: " + result.articulationPoints() + "; bottleneck cut: "
        + result.cutActors()).build());
    Recovery fixed = result.fixedShares();
    Recovery resourced = result.resourced();
    report.section("Recovery: fixed shares and re-sourcing");
    report.text("Re-sourcing: the platform splits its orders by the shares of the factories that are up"
        + " (SHARES_OF_UP). While both work it keeps the 70/30 split, since neither factory alone could serve the"
        + " nominal demand; while the main one is down, its share goes to the second factory, which has spare"
        + " capacity (75 % of the demand against its 30 % share). The orders moved are owed by the second factory,"
        + " so re-sourcing helps only as far as that spare capacity goes.");
    report.table(Table.builder("Shops' fill rate (mean of replications)", "measure", "fixed shares", "re-sourcing")
        .row("before the outage", fixed.before(), resourced.before())
        .row("during the outage", fixed.during(), resourced.during())
        .row("lowest", fixed.lowest(), resourced.lowest())
        .row("long after", fixed.after(), resourced.after())
        .row("ticks to recover (within 0.05)", fixed.ticksToRecover(), resourced.ticksToRecover())
        .row("shops' backlog peak", fixed.backlogPeak(), resourced.backlogPeak())
        .note(String.format(Locale.ROOT, "Re-sourcing minus fixed shares, fill rate during the outage,"
            + " paired over replications: %+.3f", result.duringGain()))
        .build());
    double[] ticks = new double[fixed.fillRate().length];
    for (int t = 0; t < ticks.length; t++) {
      ticks[t] = t;
    }
    Map<String, double[]> fill = new LinkedHashMap<>();
    fill.put("fixed shares", fixed.fillRate());
    fill.put("re-sourcing", resourced.fillRate());
    report.chart(files.chart("fill-rate", Charts.lines("Shops' fill rate per tick (outage at ticks "
        + result.outageFrom() + "–" + (result.outageTo() - 1) + ")", "tick", "shipped / owed", ticks, fill)));
    Map<String, double[]> stock = new LinkedHashMap<>();
    stock.put("shops' backlog, fixed shares", fixed.shopBacklog());
    stock.put("shops' backlog, re-sourcing", resourced.shopBacklog());
    stock.put("platform's stock, fixed shares", fixed.platformOnHand());
    stock.put("platform's stock, re-sourcing", resourced.platformOnHand());
    report.chart(files.chart("backlog", Charts.lines("Shops' backlog and the platform's stock per tick", "tick",
        "units", ticks, stock)));
    return files.report(report.build());
  }
}
