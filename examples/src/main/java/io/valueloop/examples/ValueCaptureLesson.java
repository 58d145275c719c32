package io.valueloop.examples;

import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.flow.ValueCapture;
import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lesson: who captures the consumer's money, and what the platform's take rate moves.
 *
 * <p>An S2B2C chain in steady state: a factory (M) sells to a supply platform (S) at 4 a unit; the platform sells
 * to two businesses (B) at 6, an online shop selling to its buyers at 10 and a community group leader selling to
 * her neighbours at 9, and takes a share of each business's consumer revenue for the tools and traffic it
 * provides. Own costs per unit: 2.5 to make, 0.5 to handle at the platform, 1 to sell. The consumers buy 60 and 40
 * units per tick, so they spend 960.
 *
 * <p>Each role's profit over the consumer spend is its share of every unit of money the consumers pay; with the own
 * costs (the money that leaves the chain) the shares add to exactly one, because every other payment is one
 * actor's revenue and another's cost. Then one lever moves: the take rate from {@value #LOW_TAKE_RATE} to
 * {@value #HIGH_TAKE_RATE}. It is a pure transfer: the platform gains exactly what the businesses lose, a tenth of
 * every unit of consumer spend, and the factory and the costs do not move.
 *
 * <p>Source: R. E. Miller and P. D. Blair (2009), <i>Input–Output Analysis</i>, 2nd ed.,
 * Cambridge University Press, ch. 2 (the steady state and its money flows); J.-C. Rochet and J. Tirole (2003),
 * "Platform competition in two-sided markets", Journal of the European Economic Association 1(4), 990–1029 (the
 * take rate as the platform's price).
 */
public final class ValueCaptureLesson implements Lesson {
  static final double LOW_TAKE_RATE = 0.05;
  static final double HIGH_TAKE_RATE = 0.15;

  /** The roles that capture money, upstream first, with how the lesson names them. */
  private static final Map<Role, String> ROLES = Map.of(Role.M, "factory", Role.S, "platform", Role.B, "businesses");
  private static final List<Role> ORDER = List.of(Role.M, Role.S, Role.B);
  private static final int BAR_WIDTH = 50;

  /**
   * How one unit of consumer spend splits at one take rate.
   *
   * @param takeRate the platform's take rate on the businesses' consumer revenue
   * @param consumerSpend the consumers' spend per tick, currency units
   * @param profitShare each role's profit over the consumer spend (C excluded)
   * @param costShare each role's own cost over the consumer spend (C excluded)
   */
  record Split(double takeRate, double consumerSpend, Map<Role, Double> profitShare, Map<Role, Double> costShare) {

    /** Returns the own costs of all roles over the consumer spend. */
    double totalCostShare() {
      return costShare.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Returns the profit shares plus the cost shares: one, by money conservation. */
    double total() {
      return profitShare.values().stream().mapToDouble(Double::doubleValue).sum() + totalCostShare();
    }
  }

  /**
   * What the lesson found.
   *
   * @param low the split at the low take rate
   * @param high the split at the high take rate
   */
  record Result(Split low, Split high) {}

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public ValueCaptureLesson() {}

  @Override
  public String name() {
    return "value-capture";
  }

  @Override
  public String teaches() {
    return "who captures the consumer's money in an S2B2C chain, and what raising the platform's take rate moves";
  }

  /**
   * Runs the lesson, writing into {@code --out DIR} (default {@code target/valueloop-output/value-capture}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new ValueCaptureLesson(), args);
  }

  /** Runs the lesson; a steady state is solved at once, so both sizes are the full lesson. */
  @Override
  public LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    Result result = run();
    print(result, out);
    LessonFiles files = new LessonFiles(outDir);
    List<Split> splits = List.of(result.low(), result.high());
    Map<String, double[]> stacks = new LinkedHashMap<>();
    for (Role role : ORDER) {
      stacks.put(role + " " + ROLES.get(role), splits.stream().mapToDouble(s -> s.profitShare().get(role)).toArray());
    }
    stacks.put("own costs", splits.stream().mapToDouble(Split::totalCostShare).toArray());
    List<String> bars = splits.stream().map(s -> "take rate " + percent(s.takeRate())).toList();
    Table.Builder table = Table.builder("Profit share of consumer spend", "role", bars.get(0), bars.get(1),
        "change, points");
    for (Role role : ORDER) {
      double before = result.low().profitShare().get(role);
      double after = result.high().profitShare().get(role);
      table.row(role + " " + ROLES.get(role), before, after, 100 * (after - before));
    }
    table.row("own costs", result.low().totalCostShare(), result.high().totalCostShare(),
        100 * (result.high().totalCostShare() - result.low().totalCostShare()));
    Report report = Report.builder("Who captures the consumer's money")
        .setting("consumer spend per tick", result.low().consumerSpend())
        .setting("take rates", percent(LOW_TAKE_RATE) + ", " + percent(HIGH_TAKE_RATE))
        .section("Each unit of consumer spend")
        .table(table.build())
        .chart(files.chart("value-capture", Charts.stackedBars("Each unit of consumer spend, by take rate",
            "share of consumer spend", bars, stacks)))
        .text("The take rate moves money from the businesses to the platform one for one; the factory and the"
            + " costs stay put.")
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
    Split low = result.low();
    Split high = result.high();
    out.println("Who captures the consumer's money (S2B2C, steady state)");
    out.println("factory (M) -> platform (S) -> online shop, group leader (B) -> consumers");
    out.printf("consumers spend %.2f per tick%n%n", low.consumerSpend());

    out.printf("Each unit of consumer spend at a take rate of %s%n", percent(low.takeRate()));
    out.printf("%-22s %7s %9s%n", "", "profit", "own cost");
    for (Role role : ORDER) {
      out.printf("%s %-20s %7s %9s  |%s%n", role, ROLES.get(role), percent(low.profitShare().get(role)),
          percent(low.costShare().get(role)), TextChart.bar(low.profitShare().get(role), 1, BAR_WIDTH, '#'));
    }
    out.printf("%-22s %7s %9s  |%s%n", "own costs, all roles", "", percent(low.totalCostShare()),
        TextChart.bar(low.totalCostShare(), 1, BAR_WIDTH, '-'));
    out.printf("%-22s %7s%n", "total", percent(low.total()));
    out.println();
    out.println("One unit of money, " + BAR_WIDTH + " columns (M, S, B profit, - own costs):");
    out.println(stacked(low));

    out.println();
    out.printf("Raise the platform's take rate from %s to %s%n", percent(low.takeRate()),
        percent(high.takeRate()));
    out.printf("%-22s %7s %7s %8s%n", "profit share", percent(low.takeRate()), percent(high.takeRate()),
        "change");
    for (Role role : ORDER) {
      double before = low.profitShare().get(role);
      double after = high.profitShare().get(role);
      out.printf("%s %-20s %7s %7s %+7.2f pt  %s%n", role, ROLES.get(role), percent(before), percent(after),
          100 * (after - before), after > before ? "gains" : after < before ? "loses" : "same");
    }
    out.printf("%-22s %7s %7s %+7.2f pt%n", "own costs, all roles", percent(low.totalCostShare()),
        percent(high.totalCostShare()), 100 * (high.totalCostShare() - low.totalCostShare()));
    out.println();
    out.printf("# at %s, = at %s (full bar = the whole unit of spend)%n", percent(low.takeRate()),
        percent(high.takeRate()));
    for (Role role : ORDER) {
      out.printf("%s %-10s |%s%n", role, ROLES.get(role),
          TextChart.bar(low.profitShare().get(role), 1, BAR_WIDTH, '#'));
      out.printf("%-12s |%s%n", "", TextChart.bar(high.profitShare().get(role), 1, BAR_WIDTH, '='));
    }
    out.println();
    out.println("The take rate is the platform's price for its tools and traffic: it moves");
    out.println("money from the businesses to the platform one for one, and the factory and");
    out.println("the costs stay put.");
  }

  /**
   * Runs the lesson: the split at the low and at the high take rate.
   *
   * @return both splits
   */
  static Result run() {
    return new Result(split(LOW_TAKE_RATE), split(HIGH_TAKE_RATE));
  }

  /**
   * Solves the lesson's chain in steady state at one take rate and returns how the consumers' money splits.
   *
   * @param takeRate the platform's take rate on the businesses' consumer revenue, in [0, 1]
   * @return the split
   */
  static Split split(double takeRate) {
    if (!(takeRate >= 0 && takeRate <= 1)) {
      throw new IllegalArgumentException("take rate must be in [0, 1] but was " + takeRate);
    }
    ValueCapture capture = SteadyStateSolver.defaults().solve(CompiledChain.compile(chain(takeRate)))
        .valueCapture().orElseThrow();
    return new Split(takeRate, capture.consumerSpend(), capture.shareByRole(), capture.costShareByRole());
  }

  private static ValueChain chain(double takeRate) {
    ServiceTerms commission = ServiceTerms.takeRate(takeRate, FeeBase.CONSUMER_REVENUE);
    return ValueChain.builder()
        .actor(Actor.builder().id("factory").role(Role.M).unitCost(2.5).build())
        .actor(Actor.builder().id("platform").role(Role.S).unitCost(0.5).build())
        .actor(Actor.builder().id("online-shop").role(Role.B).unitCost(1).build())
        .actor(Actor.builder().id("group-leader").role(Role.B).unitCost(1).build())
        .actor(Actor.builder().id("online-buyers").role(Role.C).demand(60).build())
        .actor(Actor.builder().id("neighbours").role(Role.C).demand(40).build())
        .trade("factory", "platform", GoodsTerms.builder().price(4).leadTime(2).orderDelay(1).build())
        .trade("platform", "online-shop", GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build())
        .trade("platform", "group-leader", GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build())
        .trade("online-shop", "online-buyers", GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build())
        .trade("group-leader", "neighbours", GoodsTerms.builder().price(9).leadTime(1).orderDelay(0).build())
        .service("platform", "online-shop", commission)
        .service("platform", "group-leader", commission)
        .build();
  }

  /** Returns one unit of money as a bar of {@link #BAR_WIDTH} columns: each role's letter for its profit share. */
  private static String stacked(Split split) {
    StringBuilder bar = new StringBuilder("|");
    for (Role role : ORDER) {
      bar.append(TextChart.bar(split.profitShare().get(role), 1, BAR_WIDTH, role.letter()));
    }
    return bar.append(TextChart.bar(split.totalCostShare(), 1, BAR_WIDTH, '-')).append('|').toString();
  }

  private static String percent(double share) {
    return String.format("%.2f %%", 100 * share);
  }
}
