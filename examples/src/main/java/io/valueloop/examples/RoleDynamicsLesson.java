package io.valueloop.examples;

import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Conversion;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.PopulationTrace;
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
 * Lesson: consumers who become businesses — a platform's small-business population grows from its own consumers.
 *
 * <p>A factory supplies a supply platform, which supplies one incumbent shop and {@value #SEATS} candidate seats for
 * small businesses b ({@link Seats}); one consumer segment (Poisson demand, mean 100) buys from them. Its {@value
 * #SEATS} potential sellers convert by a Bass diffusion (p = {@value #P}, q = {@value #Q}) and each active b leaves
 * at δ = {@value #DELTA} a tick; each b takes over 1/{@value #TAKEOVER_DIVISOR} of the segment's demand from the
 * shop ({@link Conversion}). Over replications the lesson compares the converted share with the discrete Bass
 * curve, follows the share of the consumers' orders that the b serve, and compares, between the first and the last
 * ticks, each role's share of the consumers' money (profit over consumer spend) and the platform's bullwhip ratio.
 *
 * <p>What it shows: the converts follow the Bass S-curve, a little behind the deterministic recursion (in a small
 * pool the first convert comes at a random tick and imitation waits for it); as the b take the shop's demand, the
 * business tier's money moves from the shop to the b, while the platform and the factory keep their shares.
 *
 * <p>Source: F. M. Bass (1969), "A new product growth for model consumer durables", Management Science 15(5).
 */
public final class RoleDynamicsLesson implements Lesson {
  static final int SEATS = 40;
  static final double P = 0.002;
  static final double Q = 0.15;
  static final double DELTA = 0.001;
  static final int TAKEOVER_DIVISOR = 50;
  static final String SHOP = "shop";
  static final String SEGMENT = "consumers";
  private static final long SEED = 1_969L;

  /**
   * What the lesson found, means over replications.
   *
   * @param ticks the ticks, 0, 1, ...
   * @param converted the mean cumulative share of the pool converted after each tick
   * @param bass the discrete Bass recursion at the same ticks
   * @param active the mean number of active b after each tick
   * @param bShare the mean share of the segment's orders placed with the b
   * @param roles the roles' names: shop, small businesses, platform, factory
   * @param earlyShare each role's profit as a share of consumer spend over ticks 10 to 49
   * @param lateShare the same over the last 40 ticks
   * @param bullwhip the platform's bullwhip ratio over the same two windows
   * @param replications the replications
   */
  record Result(double[] ticks, double[] converted, double[] bass, double[] active, double[] bShare,
      List<String> roles, double[] earlyShare, double[] lateShare, double[] bullwhip, int replications) {}

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public RoleDynamicsLesson() {}

  @Override
  public String name() {
    return "role-dynamics";
  }

  @Override
  public String teaches() {
    return "consumers who become small businesses: a Bass diffusion of b, their share of the demand, each role's"
        + " share of the consumers' money";
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

  /** Builds the chain and returns the seats' ids with it. */
  static ValueChain chain(List<String> seats) {
    GoodsTerms upstream = GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build();
    GoodsTerms retail = GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build();
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("factory").role(Role.M).unitCost(1).build())
        .actor(Actor.builder().id("platform").role(Role.S).initialInventory(400).holdingCost(0.05).build())
        .actor(Actor.builder().id(SHOP).role(Role.B).initialInventory(200).holdingCost(0.1).backlogCost(1).build())
        .actor(Actor.builder().id(SEGMENT).role(Role.C).demand(100).build())
        .trade("factory", "platform", upstream)
        .trade("platform", SHOP, retail)
        .trade(SHOP, SEGMENT, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).share(0.5).build());
    seats.addAll(Seats.add(b, SEGMENT, "platform", Actor.builder().id("b").role(Role.B).holdingCost(0.1)
        .backlogCost(1).build(), retail, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).share(0.5).build(),
        SEATS));
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
    int window = 40;
    List<String> seats = new ArrayList<>();
    Simulation simulation = Simulation.of(CompiledChain.compile(chain(seats)));
    Conversion conversion = Conversion.bass(SEGMENT, P, Q, SEATS).withCandidates(seats)
        .withTakeover(1.0 / TAKEOVER_DIVISOR).withChurn(DELTA);
    List<String> roles = List.of("shop (B)", "small businesses (b)", "platform (S)", "factory (M)");
    double[] x = new double[ticks];
    double[] converted = new double[ticks];
    double[] active = new double[ticks];
    double[] bShare = new double[ticks];
    double[] early = new double[roles.size()];
    double[] late = new double[roles.size()];
    double[] bullwhip = new double[2];
    for (int r = 0; r < replications; r++) {
      Scenario.Builder scenario = Scenario.builder(ticks).seed(SEED).replication(r).steadyStart(false)
          .demand(DemandProcesses.poisson(100)).policy(Policies.orderUpTo(Forecast.movingAverage(5), 1.0, 20))
          .conversion(conversion).recordAll(Series.REVENUE).recordAll(Series.COST)
          .recordAll(Series.INCOMING_ORDERS).record(Series.ORDERS, "platform")
          .record(Series.CONSUMER_DEMAND, SEGMENT);
      SimulationResult result = simulation.run(scenario.build());
      PopulationTrace trace = result.population(SEGMENT);
      double[] shopOrders = result.series(Series.INCOMING_ORDERS, SHOP);
      double[] bOrders = new double[ticks];
      for (String seat : seats) {
        add(bOrders, result.series(Series.INCOMING_ORDERS, seat));
      }
      for (int t = 0; t < ticks; t++) {
        x[t] = t;
        converted[t] += trace.convertedShare(t) / replications;
        active[t] += (double) trace.active(t) / replications;
        double all = shopOrders[t] + bOrders[t];
        bShare[t] += (all > 0 ? bOrders[t] / all : 0) / replications;
      }
      addShares(result, seats, 10, 10 + window, early, replications);
      addShares(result, seats, ticks - window, ticks, late, replications);
      double[] orders = result.series(Series.ORDERS, "platform");
      double[] demand = result.series(Series.CONSUMER_DEMAND, SEGMENT);
      bullwhip[0] += variance(orders, 10, 10 + window) / variance(demand, 10, 10 + window) / replications;
      bullwhip[1] += variance(orders, ticks - window, ticks) / variance(demand, ticks - window, ticks) / replications;
    }
    double[] bass = new double[ticks];
    double f = 0;
    for (int t = 0; t < ticks; t++) {
      f += (P + Q * f) * (1 - f);
      bass[t] = f;
    }
    return new Result(x, converted, bass, active, bShare, roles, early, late, bullwhip, replications);
  }

  /** Adds each role's profit over consumer spend in ticks {@code [from, to)}, divided by the replications. */
  private static void addShares(SimulationResult result, List<String> seats, int from, int to, double[] shares,
      int replications) {
    double spend = sum(result.series(Series.COST, SEGMENT), from, to);
    double seatsProfit = 0;
    for (String seat : seats) {
      seatsProfit += profit(result, seat, from, to);
    }
    double[] profits = {profit(result, SHOP, from, to), seatsProfit, profit(result, "platform", from, to),
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

  private static void add(double[] into, double[] values) {
    for (int t = 0; t < into.length; t++) {
      into[t] += values[t];
    }
  }

  static void print(Result result, PrintStream out) {
    int last = result.ticks().length - 1;
    out.println("Role dynamics: consumers who become small businesses (C -> b)");
    out.printf("Bass p %.3f, q %.2f, pool %d, churn %.3f, each b takes 1/%d of the demand; %d replications%n%n", P,
        Q, SEATS, DELTA, TAKEOVER_DIVISOR, result.replications());
    out.printf("%-6s %12s %12s %10s %10s%n", "tick", "converted", "Bass", "active b", "b's share");
    for (int t : new int[] {24, 49, 99, last}) {
      out.printf("%-6d %12.3f %12.3f %10.1f %10.3f%n", t + 1, result.converted()[t], result.bass()[t],
          result.active()[t], result.bShare()[t]);
    }
    out.printf("%n%-22s %14s %14s%n", "share of consumer money", "ticks 10-49", "last 40 ticks");
    for (int i = 0; i < result.roles().size(); i++) {
      out.printf("%-22s %14.3f %14.3f%n", result.roles().get(i), result.earlyShare()[i], result.lateShare()[i]);
    }
    out.printf("%-22s %14.3f %14.3f%n%n", "platform's bullwhip", result.bullwhip()[0], result.bullwhip()[1]);
    out.println("The converts follow the Bass S-curve, a little behind it: in a pool of 40 the first convert comes");
    out.println("at a random tick, and imitation waits for it. The b take the shop's demand, and the shop's share");
    out.println("of the consumers' money moves to them; the platform and the factory keep theirs.");
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    Report.Builder report = Report.builder("Role dynamics: consumers who become small businesses")
        .setting("conversion", "Bass p " + P + ", q " + Q + ", pool " + SEATS)
        .setting("churn per tick", DELTA)
        .setting("replications", result.replications());
    Map<String, double[]> curves = new LinkedHashMap<>();
    curves.put("converted share (mean)", result.converted());
    curves.put("discrete Bass curve", result.bass());
    curves.put("b's share of the orders", result.bShare());
    report.section("Adoption").text("The mean share of the potential sellers converted, against the discrete Bass"
        + " recursion F(t+1) = F(t) + (p + qF(t))(1 - F(t)), and the share of the consumers' orders the b serve.");
    report.chart(files.chart("adoption", Charts.lines("Converts against the Bass curve", "tick", "share", result
        .ticks(), curves)));
    Table.Builder table = Table.builder("Each role's profit as a share of consumer spend", "role", "ticks 10-49",
        "last 40 ticks");
    for (int i = 0; i < result.roles().size(); i++) {
      table.row(result.roles().get(i), result.earlyShare()[i], result.lateShare()[i]);
    }
    report.section("Who gets the consumers' money").table(table.row("platform's bullwhip", result.bullwhip()[0],
        result.bullwhip()[1]).build());
    Map<String, double[]> bars = new LinkedHashMap<>();
    bars.put("ticks 10-49", result.earlyShare());
    bars.put("last 40 ticks", result.lateShare());
    report.chart(files.chart("value-capture", Charts.groupedBars("Profit over consumer spend, by role",
        "share of consumer spend", result.roles(), bars)));
    return files.report(report.build());
  }
}
