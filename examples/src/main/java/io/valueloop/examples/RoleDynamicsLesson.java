package io.valueloop.examples;

import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Adoption;
import io.valueloop.sim.Conversion;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Leaving;
import io.valueloop.sim.Policies;
import io.valueloop.sim.PopulationTrace;
import io.valueloop.sim.RoleTrace;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Seats;
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
 * Lesson: roles that convert — consumers who become small businesses, and traditional stores that adopt the supply
 * platform.
 *
 * <p>A factory supplies a supply platform and a wholesaler. The platform supplies one incumbent shop and {@value
 * #SEATS} candidate seats for small businesses b ({@link Seats}), which sell to one consumer segment (Poisson
 * demand, mean 100); its {@value #SEATS} potential sellers convert by a Bass diffusion (p = {@value #P}, q = {@value
 * #Q}), each active b leaves at δ = {@value #DELTA} a tick and returns its stock to the platform, and each b takes
 * over 1/{@value #TAKEOVER_DIVISOR} of the segment's demand from the shop ({@link Conversion}). Beside them {@value
 * #STORES} traditional stores, each serving a town of its own (Poisson, mean 20), buy from the wholesaler and adopt
 * the platform by a Bass diffusion of their own (p = {@value #ADOPT_P}, q = {@value #ADOPT_Q}; {@link Adoption}).
 * Over replications the lesson compares the converted and adopted shares with the discrete Bass curves, follows the
 * share of the consumers' demand that reaches them through the platform, each group's share of the consumers' money
 * (profit over consumer spend) and the bullwhip ratio upstream (the platform's and the factory's), first ticks
 * against last.
 *
 * <p>What it shows: the converts and adopters follow their S-curves, a little behind the recursions; the platform's
 * share of the consumers' demand climbs from the shop's part of one segment to all of it; the shop's and the
 * wholesaler's money moves to the b and the platform (the wholesaler, left with its stock, ends with a loss). Upstream,
 * the platform's bullwhip ratio rises: in the first window the demand it serves ramps up as stores adopt, a trend
 * its orders follow; in the last it serves the stores' and the b's orders, each already amplified by an order-up-to
 * rule, and amplifies them once more (about the product of two stages' factors, Chen et al. 2000). The factory,
 * behind every echelon all along, changes little.
 *
 * <p>Source: F. M. Bass (1969), "A new product growth for model consumer durables", Management Science 15(5).
 */
public final class RoleDynamicsLesson implements Lesson {
  static final int SEATS = 40;
  static final double P = 0.002;
  static final double Q = 0.15;
  static final double DELTA = 0.001;
  static final int TAKEOVER_DIVISOR = 50;
  static final int STORES = 10;
  static final double ADOPT_P = 0.01;
  static final double ADOPT_Q = 0.12;
  static final String SHOP = "shop";
  static final String SEGMENT = "consumers";
  static final List<String> GROUPS = List.of("shop (B)", "small businesses (b)", "stores (B)", "wholesaler",
      "platform (S)", "factory (M)");
  private static final long SEED = 1_969L;
  private static final int WINDOW = 40;

  /**
   * What the lesson found, means over replications.
   *
   * @param ticks the ticks, 0, 1, ...
   * @param converted the mean cumulative share of the pool converted after each tick
   * @param bass the discrete Bass recursion of the conversions at the same ticks
   * @param adopted the mean share of the stores that have adopted after each tick
   * @param adoptionBass the discrete Bass recursion of the adoptions
   * @param active the mean number of active b after each tick
   * @param bShare the mean share of the segment's orders placed with the b
   * @param platformShare the mean share of all consumer demand placed with sellers supplied by the platform
   * @param earlyShare each group's profit as a share of consumer spend over ticks 10 to 49 ({@link #GROUPS})
   * @param lateShare the same over the last 40 ticks
   * @param bullwhip the bullwhip ratios of the platform and the factory, first window then last: four values
   * @param replications the replications
   */
  record Result(double[] ticks, double[] converted, double[] bass, double[] adopted, double[] adoptionBass,
      double[] active, double[] bShare, double[] platformShare, double[] earlyShare, double[] lateShare,
      double[] bullwhip, int replications) {}

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public RoleDynamicsLesson() {}

  @Override
  public String name() {
    return "role-dynamics";
  }

  @Override
  public String teaches() {
    return "roles that convert: consumers become small businesses (Bass), stores adopt the platform; each role's"
        + " share of the consumers' money and the bullwhip upstream";
  }

  /**
   * Runs the lesson in full, writing into {@code --out DIR} (default {@code target/valueloop-output/role-dynamics}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new RoleDynamicsLesson(), args);
  }

  @Override
  public LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    Result result = run(size);
    print(result, out);
    return write(result, outDir);
  }

  /** Builds the chain, adding the seats' and the stores' ids to the lists. */
  static ValueChain chain(List<String> seats, List<String> stores) {
    GoodsTerms upstream = GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build();
    GoodsTerms retail = GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build();
    GoodsTerms wholesale = GoodsTerms.builder().price(3).leadTime(1).orderDelay(1).share(0.5).build()
        .withInput("goods");
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("factory").role(Role.M).unitCost(1).build())
        .actor(Actor.builder().id("platform").role(Role.S).initialInventory(600).holdingCost(0.05).build())
        .actor(Actor.builder().id("wholesaler").role(Role.B).initialInventory(300).holdingCost(0.05).build())
        .actor(Actor.builder().id(SHOP).role(Role.B).initialInventory(200).holdingCost(0.1).backlogCost(1).build())
        .actor(Actor.builder().id(SEGMENT).role(Role.C).demand(100).build())
        .trade("factory", "platform", upstream).trade("factory", "wholesaler", upstream)
        .trade("platform", SHOP, retail)
        .trade(SHOP, SEGMENT, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).share(0.5).build());
    seats.addAll(Seats.add(b, SEGMENT, "platform", Actor.builder().id("b").role(Role.B).holdingCost(0.1)
        .backlogCost(1).build(), retail, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).share(0.5).build(),
        SEATS));
    for (int i = 0; i < STORES; i++) {
      String store = "store-" + i;
      b.actor(Actor.builder().id(store).role(Role.B).initialInventory(40).holdingCost(0.1).backlogCost(1).build())
          .actor(Actor.builder().id("town-" + i).role(Role.C).demand(20).build())
          .trade("wholesaler", store, wholesale).trade("platform", store, wholesale)
          .trade(store, "town-" + i, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build());
      stores.add(store);
    }
    return b.build();
  }

  /**
   * Runs the replications.
   *
   * @param size FULL: 20 replications of 300 ticks; SMALL: 4 of 160
   * @return the result
   */
  static Result run(Size size) {
    int ticks = size == Size.FULL ? 300 : 160;
    int replications = size == Size.FULL ? 20 : 4;
    List<String> seats = new ArrayList<>();
    List<String> stores = new ArrayList<>();
    Simulation simulation = Simulation.of(CompiledChain.compile(chain(seats, stores)));
    Conversion conversion = Conversion.bass(SEGMENT, P, Q, SEATS).withCandidates(seats)
        .withTakeover(1.0 / TAKEOVER_DIVISOR).withChurn(DELTA).withLeaving(Leaving.returnToSupplier());
    Adoption adoption = Adoption.bass("wholesaler", "platform", ADOPT_P, ADOPT_Q).withBusinesses(stores);
    double[] x = new double[ticks];
    double[] converted = new double[ticks];
    double[] adopted = new double[ticks];
    double[] active = new double[ticks];
    double[] bShare = new double[ticks];
    double[] platformShare = new double[ticks];
    double[] early = new double[GROUPS.size()];
    double[] late = new double[GROUPS.size()];
    double[] bullwhip = new double[4];
    for (int r = 0; r < replications; r++) {
      Scenario.Builder builder = Scenario.builder(ticks).seed(SEED).replication(r)
          .demand(DemandProcesses.poisson(100)).demand(DemandProcesses.poisson(20))
          .demand(SEGMENT, DemandProcesses.poisson(100))
          .policy(Policies.orderUpTo(Forecast.movingAverage(5), 1.0, 20))
          .conversion(conversion).adoption(adoption).recordAll(Series.REVENUE).recordAll(Series.COST)
          .record(Series.INCOMING_ORDERS, SHOP).record(Series.ORDERS, "platform", "factory")
          .record(Series.CONSUMER_DEMAND, "platform", "factory");
      seats.forEach(seat -> builder.record(Series.INCOMING_ORDERS, seat));
      SimulationResult result = simulation.run(builder.build());
      PopulationTrace population = result.population(SEGMENT);
      RoleTrace trace = result.roleTrace().orElseThrow();
      double[] shopOrders = result.series(Series.INCOMING_ORDERS, SHOP);
      double[] bOrders = new double[ticks];
      for (String seat : seats) {
        double[] orders = result.series(Series.INCOMING_ORDERS, seat);
        for (int t = 0; t < ticks; t++) {
          bOrders[t] += orders[t];
        }
      }
      int adopters = 0;
      for (int t = 0; t < ticks; t++) {
        x[t] = t;
        converted[t] += population.convertedShare(t) / replications;
        adopters += trace.adopters(t);
        adopted[t] += (double) adopters / STORES / replications;
        active[t] += (double) population.active(t) / replications;
        double both = bOrders[t] + shopOrders[t];
        bShare[t] += (both > 0 ? bOrders[t] / both : 0) / replications;
        platformShare[t] += trace.platformShare(t) / replications;
      }
      addShares(result, seats, stores, 10, 10 + WINDOW, early, replications);
      addShares(result, seats, stores, ticks - WINDOW, ticks, late, replications);
      String[] upstream = {"platform", "factory"};
      for (int i = 0; i < upstream.length; i++) {
        double[] orders = result.series(Series.ORDERS, upstream[i]);
        double[] served = result.series(Series.CONSUMER_DEMAND, upstream[i]);
        bullwhip[2 * i] += variance(orders, 10, 10 + WINDOW) / variance(served, 10, 10 + WINDOW) / replications;
        bullwhip[2 * i + 1] += variance(orders, ticks - WINDOW, ticks) / variance(served, ticks - WINDOW, ticks)
            / replications;
      }
    }
    return new Result(x, converted, bass(P, Q, ticks), adopted, bass(ADOPT_P, ADOPT_Q, ticks), active, bShare,
        platformShare, early, late, bullwhip, replications);
  }

  /** The discrete Bass recursion F(t+1) = F(t) + (p + qF(t))(1 - F(t)), after each tick. */
  static double[] bass(double p, double q, int ticks) {
    double[] curve = new double[ticks];
    double f = 0;
    for (int t = 0; t < ticks; t++) {
      f += (p + q * f) * (1 - f);
      curve[t] = f;
    }
    return curve;
  }

  /** Adds each group's profit over consumer spend in ticks {@code [from, to)}, divided by the replications. */
  private static void addShares(SimulationResult result, List<String> seats, List<String> stores, int from, int to,
      double[] shares, int replications) {
    double spend = sum(result.series(Series.COST, SEGMENT), from, to);
    double seatsProfit = 0;
    for (String seat : seats) {
      seatsProfit += profit(result, seat, from, to);
    }
    double storesProfit = 0;
    for (int i = 0; i < stores.size(); i++) {
      storesProfit += profit(result, stores.get(i), from, to);
      spend += sum(result.series(Series.COST, "town-" + i), from, to);
    }
    double[] profits = {profit(result, SHOP, from, to), seatsProfit, storesProfit,
        profit(result, "wholesaler", from, to), profit(result, "platform", from, to),
        profit(result, "factory", from, to)};
    for (int i = 0; i < shares.length; i++) {
      shares[i] += profits[i] / spend / replications;
    }
  }

  private static double profit(SimulationResult result, String id, int from, int to) {
    return sum(result.series(Series.REVENUE, id), from, to) - sum(result.series(Series.COST, id), from, to);
  }

  private static double sum(double[] values, int from, int to) {
    double s = 0;
    for (int t = from; t < to; t++) {
      s += values[t];
    }
    return s;
  }

  private static double variance(double[] values, int from, int to) {
    double mean = sum(values, from, to) / (to - from);
    double s = 0;
    for (int t = from; t < to; t++) {
      s += (values[t] - mean) * (values[t] - mean);
    }
    return s / (to - from - 1);
  }

  /** {@return "rises" or "falls" (or "stays") from {@code from} to {@code to}, as the run measured it} */
  static String direction(double from, double to) {
    return to > from ? "rises" : to < from ? "falls" : "stays";
  }

  static void print(Result result, PrintStream out) {
    int last = result.ticks().length - 1;
    out.println("Role dynamics: consumers who become small businesses (C -> b), stores that adopt the platform");
    out.printf("Conversion: Bass p %.3f, q %.2f, pool %d, churn %.3f, each b takes 1/%d of the demand%n", P, Q,
        SEATS, DELTA, TAKEOVER_DIVISOR);
    out.printf("Adoption: %d stores, Bass p %.2f, q %.2f; %d replications%n%n", STORES, ADOPT_P, ADOPT_Q,
        result.replications());
    out.printf("%-6s %10s %8s %10s %8s %9s %10s %10s%n", "tick", "converted", "Bass", "adopted", "Bass",
        "active b", "b's share", "platform");
    for (int t : new int[] {24, 49, 99, last}) {
      out.printf("%-6d %10.3f %8.3f %10.3f %8.3f %9.1f %10.3f %10.3f%n", t + 1, result.converted()[t],
          result.bass()[t], result.adopted()[t], result.adoptionBass()[t], result.active()[t], result.bShare()[t],
          result.platformShare()[t]);
    }
    out.printf("%n%-26s %14s %14s%n", "share of consumer money", "ticks 10-49", "last 40 ticks");
    for (int i = 0; i < GROUPS.size(); i++) {
      out.printf("%-26s %14.3f %14.3f%n", GROUPS.get(i), result.earlyShare()[i], result.lateShare()[i]);
    }
    out.printf("%-26s %14.3f %14.3f%n", "platform's bullwhip", result.bullwhip()[0], result.bullwhip()[1]);
    out.printf("%-26s %14.3f %14.3f%n%n", "factory's bullwhip", result.bullwhip()[2], result.bullwhip()[3]);
    double[] early = result.earlyShare();
    double[] late = result.lateShare();
    out.println("Converts and adopters follow their S-curves, a little behind the recursions (in small pools the");
    out.printf("first one comes at a random tick). The platform's share of the consumers' demand %s from %.3f to%n",
        direction(result.platformShare()[10], result.platformShare()[last]), result.platformShare()[10]);
    out.printf("%.3f. The shop's share of the consumers' money %s, the wholesaler's %s; the b's %s, the%n",
        result.platformShare()[last], direction(early[0], late[0]), direction(early[3], late[3]),
        direction(early[1], late[1]));
    out.printf("platform's %s. From the first window to the last, the platform's bullwhip %s and the factory's %s.%n",
        direction(early[4], late[4]), direction(result.bullwhip()[0], result.bullwhip()[1]),
        direction(result.bullwhip()[2], result.bullwhip()[3]));
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    Report.Builder report = Report.builder("Role dynamics: consumers who become businesses, stores that adopt")
        .setting("conversion", "Bass p " + P + ", q " + Q + ", pool " + SEATS)
        .setting("churn per tick", DELTA)
        .setting("adoption", "Bass p " + ADOPT_P + ", q " + ADOPT_Q + ", " + STORES + " stores")
        .setting("replications", result.replications());
    Map<String, double[]> curves = new LinkedHashMap<>();
    curves.put("converted share (mean)", result.converted());
    curves.put("Bass curve of conversion", result.bass());
    curves.put("adopted share (mean)", result.adopted());
    curves.put("Bass curve of adoption", result.adoptionBass());
    report.section("Adoption").text("The mean shares of the potential sellers converted and of the stores adopted,"
        + " against the discrete Bass recursion F(t+1) = F(t) + (p + qF(t))(1 - F(t)).");
    report.chart(files.chart("adoption", Charts.lines("Converts and adopters against the Bass curves", "tick",
        "share", result.ticks(), curves)));
    Map<String, double[]> reach = new LinkedHashMap<>();
    reach.put("b's share of the segment's orders", result.bShare());
    reach.put("share of consumer demand through the platform", result.platformShare());
    report.section("Reach").text("The share of the consumers' demand placed with sellers the platform supplies.");
    report.chart(files.chart("platform-share", Charts.lines("Demand through the platform", "tick", "share",
        result.ticks(), reach)));
    Table.Builder table = Table.builder("Each group's profit as a share of consumer spend", "group", "ticks 10-49",
        "last 40 ticks");
    for (int i = 0; i < GROUPS.size(); i++) {
      table.row(GROUPS.get(i), result.earlyShare()[i], result.lateShare()[i]);
    }
    table.row("platform's bullwhip", result.bullwhip()[0], result.bullwhip()[1]);
    table.row("factory's bullwhip", result.bullwhip()[2], result.bullwhip()[3]);
    report.section("Who gets the consumers' money").table(table.build());
    Map<String, double[]> bars = new LinkedHashMap<>();
    bars.put("ticks 10-49", result.earlyShare());
    bars.put("last 40 ticks", result.lateShare());
    report.chart(files.chart("value-capture", Charts.groupedBars("Profit over consumer spend, by group",
        "share of consumer spend", GROUPS, bars)));
    Map<String, double[]> whip = new LinkedHashMap<>();
    whip.put("ticks 10-49", new double[] {result.bullwhip()[0], result.bullwhip()[2]});
    whip.put("last 40 ticks", new double[] {result.bullwhip()[1], result.bullwhip()[3]});
    report.chart(files.chart("bullwhip", Charts.groupedBars("Bullwhip upstream", "Var(orders) / Var(demand served)",
        List.of("platform", "factory"), whip)));
    return files.report(report.build());
  }
}
