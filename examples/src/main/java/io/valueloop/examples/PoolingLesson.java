package io.valueloop.examples;

import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.OrderingPolicy;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lesson: what a supply platform's pooling does (the square-root law).
 *
 * <p>{@code n} businesses each face i.i.d. N({@value #MEAN_DEMAND}, {@value #DEMAND_SD}²) consumer demand per
 * tick, with lead time {@code L} = {@value #LEAD_TIME} ticks from the factory and a target of ending no more than
 * about one tick in twenty short (safety factor {@code z} = {@value #SAFETY_FACTOR}):
 * <ul>
 *   <li>separately, each business orders up to {@code L·F + z·σ̂·√L} and holds its own safety stock
 *       {@code z·σ·√L}, {@code n·z·σ·√L} in all;</li>
 *   <li>pooled (S2B), the businesses pass their orders on to a supply platform that holds the stock for all of them
 *       and sees their summed demand, whose standard deviation is only {@code σ·√n}: it needs
 *       {@code z·σ·√(nL)}.</li>
 * </ul>
 * Simulated for {@code n} = 1, 4, 16 and 64: the safety stock actually held (the mean net inventory, on hand minus
 * backlog, at the stock point), the fraction of ticks the stock point ends short, and the pooled over the separate
 * safety stock against the square-root law {@code 1/√n}. The service stays the same; the stock per business falls
 * like {@code 1/√n}.
 *
 * <p>The policy estimates σ from its one-tick forecast errors, which for a {@code p}-tick moving average have
 * standard deviation {@code σ·√(1 + 1/p)}; both stocks carry that factor, which cancels in the ratio. Orders may be
 * negative so that every shipment leaves at once and the net inventory is the policy's own (the textbook setting).
 *
 * <p>Source: G. D. Eppen (1979), "Effects of centralization on expected costs in a multi-location newsboy
 * problem", Management Science 25(5), 498–501; D. Simchi-Levi, P. Kaminsky and E. Simchi-Levi (2008), <i>Designing
 * and Managing the Supply Chain</i>, 3rd ed., McGraw-Hill, §2.3 (risk pooling).
 */
public final class PoolingLesson implements Lesson {
  static final double MEAN_DEMAND = 100;
  static final double DEMAND_SD = 10;
  static final int LEAD_TIME = 2;
  static final double SAFETY_FACTOR = 1.645;
  static final int WINDOW = 50;
  static final int TICKS = 10_000;
  static final int WARM_UP = 300;
  static final long SEED = 1979L;
  /** The numbers of businesses compared. */
  static final List<Integer> SIZES = List.of(1, 4, 16, 64);

  private static final int BAR_WIDTH = 50;

  /**
   * The comparison for one number of businesses.
   *
   * @param businesses the number of businesses {@code n}
   * @param separateStock the safety stock of all businesses holding their own, units (summed over them)
   * @param pooledStock the safety stock of the platform holding it for all, units
   * @param separateShortTicks the fraction of ticks a business ends short, averaged over the businesses
   * @param pooledShortTicks the fraction of ticks the platform ends short
   */
  record Point(int businesses, double separateStock, double pooledStock, double separateShortTicks,
      double pooledShortTicks) {

    /** Returns the pooled over the separate safety stock. */
    double ratio() {
      return pooledStock / separateStock;
    }

    /** Returns what the square-root law predicts for {@link #ratio()}: {@code 1/√n}. */
    double squareRootLaw() {
      return 1 / Math.sqrt(businesses);
    }
  }

  /**
   * What the lesson found.
   *
   * @param points one comparison per number of businesses, in {@link #SIZES} order
   */
  record Result(List<Point> points) {}

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public PoolingLesson() {}

  @Override
  public String name() {
    return "pooling";
  }

  @Override
  public String teaches() {
    return "what a supply platform's pooling does: safety stock held by n businesses or by one platform for all,"
        + " against the square-root law";
  }

  /**
   * Runs the lesson, writing into {@code --out DIR} (default {@code target/valueloop-output/pooling}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new PoolingLesson(), args);
  }

  /** Runs the lesson; SMALL compares 1, 4 and 16 businesses, FULL also 64. */
  @Override
  public LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    Result result = size == Size.FULL ? run() : new Result(List.of(compare(1), compare(4), compare(16)));
    print(result, out);
    LessonFiles files = new LessonFiles(outDir);
    double[] n = result.points().stream().mapToDouble(Point::businesses).toArray();
    Map<String, double[]> ratio = new LinkedHashMap<>();
    ratio.put("simulated pooled / separate", result.points().stream().mapToDouble(Point::ratio).toArray());
    ratio.put("square-root law 1/sqrt(n)", result.points().stream().mapToDouble(Point::squareRootLaw).toArray());
    Map<String, double[]> stock = new LinkedHashMap<>();
    stock.put("separate", result.points().stream().mapToDouble(p -> p.separateStock() / p.businesses()).toArray());
    stock.put("pooled", result.points().stream().mapToDouble(p -> p.pooledStock() / p.businesses()).toArray());
    Table.Builder table = Table.builder("Safety stock, separate and pooled", "n", "separate", "pooled",
        "ticks short, separate", "ticks short, pooled", "pooled / separate", "1/sqrt(n)");
    result.points().forEach(p -> table.row(p.businesses(), p.separateStock(), p.pooledStock(),
        p.separateShortTicks(), p.pooledShortTicks(), p.ratio(), p.squareRootLaw()));
    Report report = Report.builder("What a supply platform's pooling does")
        .setting("demand per business", "N(" + MEAN_DEMAND + ", " + DEMAND_SD + "²)")
        .setting("lead time", LEAD_TIME)
        .setting("safety factor z", SAFETY_FACTOR)
        .setting("ticks", TICKS)
        .section("The square-root law")
        .table(table.build())
        .chart(files.chart("pooling", Charts.lines("Pooled over separate safety stock against n", "businesses n",
            "pooled / separate", n, ratio)))
        .chart(files.chart("stock-per-business", Charts.groupedBars("Safety stock per business",
            "units", result.points().stream().map(p -> "n = " + p.businesses()).toList(), stock)))
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
    out.println("What a supply platform's pooling does: the square-root law");
    out.printf("n businesses, demand N(%.0f, %.0f^2) each, lead time %d, z = %.3f, %,d ticks%n%n",
        MEAN_DEMAND, DEMAND_SD, LEAD_TIME, SAFETY_FACTOR, TICKS);
    out.printf("%22s %17s %17s %20s%n", "safety stock, units", "per business", "ticks short",
        "pooled / separate");
    out.printf("%3s %9s %8s %10s %6s %10s %6s %9s %10s%n", "n", "separate", "pooled", "separate", "pooled",
        "separate", "pooled", "measured", "1/sqrt(n)");
    for (Point point : result.points()) {
      int n = point.businesses();
      out.printf("%3d %9.1f %8.1f %10.1f %6.1f %8.1f %% %4.1f %% %9.3f %10.3f%n", n, point.separateStock(),
          point.pooledStock(), point.separateStock() / n, point.pooledStock() / n,
          100 * point.separateShortTicks(), 100 * point.pooledShortTicks(), point.ratio(), point.squareRootLaw());
    }
    out.println();
    out.println("Pooled over separate safety stock: # simulated, = 1/sqrt(n) (full bar = 1)");
    for (Point point : result.points()) {
      out.printf("n = %-3d |%s%n", point.businesses(), TextChart.bar(point.ratio(), 1, BAR_WIDTH, '#'));
      out.printf("%-7s |%s%n", "", TextChart.bar(point.squareRootLaw(), 1, BAR_WIDTH, '='));
    }
    out.println();
    out.println("Independent ups and downs of many businesses partly cancel in their sum, so");
    out.println("one platform stock covers them all with 1/sqrt(n) of the safety stock they");
    out.println("would hold separately, at the same service.");
  }

  /**
   * Runs the lesson for every number of businesses in {@link #SIZES}.
   *
   * @return the comparisons
   */
  static Result run() {
    List<Point> points = new ArrayList<>();
    for (int n : SIZES) {
      points.add(compare(n));
    }
    return new Result(List.copyOf(points));
  }

  /**
   * Simulates {@code n} businesses holding their own safety stock and the same businesses supplied from one
   * platform holding it for all, with the same seeded demand draws.
   *
   * @param businesses the number of businesses {@code n}, positive
   * @return the comparison
   */
  static Point compare(int businesses) {
    if (businesses < 1) {
      throw new IllegalArgumentException("number of businesses must be positive but was " + businesses);
    }
    SimulationResult separate = simulate(businesses, false);
    SimulationResult pooled = simulate(businesses, true);
    double separateStock = 0;
    double separateShort = 0;
    for (int i = 0; i < businesses; i++) {
      separateStock += netInventory(separate.metrics(business(i)));
      separateShort += shortTicks(separate, business(i)) / businesses;
    }
    return new Point(businesses, separateStock, netInventory(pooled.metrics("platform")), separateShort,
        shortTicks(pooled, "platform"));
  }

  private static SimulationResult simulate(int businesses, boolean pooled) {
    ValueChain.Builder chain = ValueChain.builder().actor("factory", Role.M);
    if (pooled) {
      chain.actor("platform", Role.S).trade("factory", "platform", GoodsTerms.builder().price(4).leadTime(LEAD_TIME).orderDelay(0).build());
    }
    for (int i = 0; i < businesses; i++) {
      chain.actor(business(i), Role.B)
          .actor("consumers-" + i, Role.C)
          // Pooled, the business is a storefront the platform delivers to the next tick.
          .trade(pooled ? "platform" : "factory", business(i), GoodsTerms.builder().price(6).leadTime(pooled ? 1 : LEAD_TIME).orderDelay(0).build())
          .trade(business(i), "consumers-" + i, GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build());
    }
    // The error window is long (four forecast windows) so that the safety stock itself varies little.
    OrderingPolicy orderUpTo = Policies.orderUpTo(Forecast.movingAverage(WINDOW), SAFETY_FACTOR, 4 * WINDOW);
    Scenario.Builder scenario = Scenario.builder(WARM_UP + TICKS)
        .warmUp(WARM_UP)
        .seed(SEED)
        .negativeOrders(true)
        .demand(DemandProcesses.normal(MEAN_DEMAND, DEMAND_SD))
        .policy(Role.B, pooled ? Policies.lotForLot() : orderUpTo)
        .record(Series.BACKLOG, pooled ? Role.S : Role.B);
    if (pooled) {
      scenario.policy("platform", orderUpTo);
    }
    return Simulation.of(CompiledChain.compile(chain.build())).run(scenario.build());
  }

  private static String business(int i) {
    return "business-" + i;
  }

  private static double netInventory(ActorMetrics metrics) {
    return metrics.meanOnHand() - metrics.meanBacklog();
  }

  /** Returns the fraction of measured ticks an actor ended short (net inventory below zero, shown as backlog). */
  private static double shortTicks(SimulationResult result, String actor) {
    double[] backlog = result.series(Series.BACKLOG, actor);
    int ticks = 0;
    for (int t = WARM_UP; t < backlog.length; t++) {
      ticks += backlog[t] > 0 ? 1 : 0;
    }
    return (double) ticks / (backlog.length - WARM_UP);
  }
}
