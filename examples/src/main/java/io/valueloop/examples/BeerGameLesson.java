package io.valueloop.examples;

import io.valueloop.charts.ChainDrawing;
import io.valueloop.charts.Chart;
import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.ResultCharts;
import io.valueloop.charts.Table;
import io.valueloop.flow.CompiledChain;
import io.valueloop.sim.BeerGame;
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
 * Lesson: Sterman's beer game, played by the rule his players followed.
 *
 * <p>Four echelons in a line — retailer, wholesaler, distributor, factory — each start with 12 cases, pay 0.5 per case
 * on hand and 1.0 per case of backlog per week, and wait two weeks for an order to reach the supplier and two for the
 * beer to arrive. Customers buy 4 cases a week, then 8 from week 5 on: one small, lasting step. Every echelon orders
 * by the anchoring-and-adjustment rule with the parameters Sterman estimated from players ({@link
 * BeerGame}): it corrects its stock but gives its supply line (what it ordered and has not received) only a third of
 * the weight it should, so it orders again for what is already on its way. The orders swing more at every echelon
 * up the chain, inventories run out and then pile up, and the team pays for both.
 *
 * <p>A second game changes one thing: every echelon counts its supply line in full ({@code β = 1}, the anchor raised
 * by the desired supply line). The lesson prints and charts orders and inventory per week and each echelon's cost
 * in both games.
 *
 * <p>Source: J. D. Sterman (1989), "Modeling managerial behavior: misperceptions of feedback in a dynamic decision
 * making experiment", Management Science 35(3), 321–339.
 */
public final class BeerGameLesson extends StagedLesson<BeerGameLesson.Result> {
  /** The echelons, downstream first. */
  static final List<String> ECHELONS =
      List.of(BeerGame.RETAILER, BeerGame.WHOLESALER, BeerGame.DISTRIBUTOR, BeerGame.FACTORY);
  /** The anchor of the players who count their supply line in full: Sterman's 17 plus 0.66 of 16 cases in transit. */
  static final double FULL_SUPPLY_LINE_ANCHOR = 17 + 0.66 * 16;

  /**
   * One echelon in one game.
   *
   * @param echelon the echelon's id
   * @param peakOrder its largest order, cases
   * @param peakWeek the week of that order, counted from 1
   * @param lowestNetInventory its lowest on-hand minus backlog, cases
   * @param cost its cost over the game: its score
   */
  record Echelon(String echelon, double peakOrder, int peakWeek, double lowestNetInventory, double cost) {}

  /**
   * What the lesson found.
   *
   * @param weeks the weeks played
   * @param sterman each echelon in the game played by Sterman's rule, downstream first
   * @param supplyLine each echelon when every player counts the supply line in full
   * @param run the run of Sterman's game, for the charts
   * @param fullRun the run of the second game
   */
  record Result(int weeks, List<Echelon> sterman, List<Echelon> supplyLine, SimulationResult run,
      SimulationResult fullRun) {

    /** Returns the team's cost in a game. */
    static double teamCost(List<Echelon> echelons) {
      return echelons.stream().mapToDouble(Echelon::cost).sum();
    }
  }

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public BeerGameLesson() {
    super("beer-game",
        "Sterman's beer game: orders swing more at every echelon up the chain when players forget their"
            + " supply line; orders and inventory per week, costs per echelon",
        BeerGameLesson::run, BeerGameLesson::print, BeerGameLesson::write);
  }

  /**
   * Runs the lesson in full, writing into {@code --out DIR} (default {@code target/valueloop-output/beer-game}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new BeerGameLesson(), args);
  }

  /**
   * Plays both games.
   *
   * @param size FULL: Sterman's 36 weeks; SMALL: 30
   * @return the result
   */
  static Result run(Size size) {
    int weeks = size == Size.FULL ? BeerGame.WEEKS : 30;
    Simulation simulation = Simulation.of(CompiledChain.compile(BeerGame.chain()));
    Scenario sterman = BeerGame.scenario(weeks);
    Scenario supplyLine = sterman.toBuilder()
        .policy(Policies.anchoring(0.36, 0.26, 1.0, FULL_SUPPLY_LINE_ANCHOR)).build();
    SimulationResult run = simulation.run(sterman);
    SimulationResult fullRun = simulation.run(supplyLine);
    return new Result(weeks, echelons(run), echelons(fullRun), run, fullRun);
  }

  private static List<Echelon> echelons(SimulationResult run) {
    List<Echelon> echelons = new ArrayList<>();
    for (String id : ECHELONS) {
      double[] orders = run.series(Series.ORDERS, id);
      double[] onHand = run.series(Series.ON_HAND, id);
      double[] backlog = run.series(Series.BACKLOG, id);
      int peak = 0;
      double lowest = Double.POSITIVE_INFINITY;
      for (int t = 0; t < orders.length; t++) {
        peak = orders[t] > orders[peak] ? t : peak;
        lowest = Math.min(lowest, onHand[t] - backlog[t]);
      }
      echelons.add(new Echelon(id, orders[peak], peak + 1, lowest, run.metrics(id).cost()));
    }
    return List.copyOf(echelons);
  }

  static void print(Result result, PrintStream out) {
    out.println("The beer game: " + result.weeks() + " weeks, customers buy 4 cases a week, then 8 from week 5");
    out.println("retailer <- wholesaler <- distributor <- factory, 2-week order and shipping delays");
    out.println();
    out.println("Played by Sterman's rule (supply line weighted 0.34)");
    printTable(result.sterman(), out);
    out.println();
    out.println("Every player counting the supply line in full (weight 1)");
    printTable(result.supplyLine(), out);
    out.println();
    out.printf("Team cost: %.1f by Sterman's rule, %.1f counting the supply line.%n",
        Result.teamCost(result.sterman()), Result.teamCost(result.supplyLine()));
    out.println("A step of 4 cases at the customers becomes a swing of many times that at the factory:");
    out.println("players order again for beer already on its way, then drown in it.");
  }

  private static void printTable(List<Echelon> echelons, PrintStream out) {
    out.printf("%-12s %10s %9s %17s %8s%n", "echelon", "peak order", "in week", "lowest net stock", "cost");
    for (Echelon e : echelons) {
      out.printf("%-12s %10.1f %9d %17.1f %8.1f%n", e.echelon(), e.peakOrder(), e.peakWeek(),
          e.lowestNetInventory(), e.cost());
    }
    out.printf("%-12s %10s %9s %17s %8.1f%n", "team", "", "", "", Result.teamCost(echelons));
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    Report.Builder report = Report.builder("The beer game")
        .setting("weeks", result.weeks())
        .setting("demand", "4 cases a week, 8 from week 5")
        .setting("policy", "Sterman's anchoring and adjustment: theta 0.36, alpha_S 0.26, beta 0.34, S' 17");
    report.section("The chain").drawing(files.drawing("chain", ChainDrawing.of(BeerGame.chain())));
    report.section("Sterman's rule").text("Each echelon gives its supply line a third of the weight it should:"
        + " orders swing more at every echelon up the chain, stock runs out, then piles up.");
    report.table(table("Sterman's rule, per echelon", result.sterman()));
    String[] names = {"orders", "on-hand", "backlog"};
    int i = 0;
    for (Chart chart : ResultCharts.echelons(result.run())) {
      report.chart(files.chart(names[i++], chart));
    }
    report.section("Counting the supply line").text("The same game with every player counting the supply line in"
        + " full (beta 1, anchor " + FULL_SUPPLY_LINE_ANCHOR + ").");
    report.table(table("Supply line counted in full, per echelon", result.supplyLine()));
    report.chart(files.chart("orders-supply-line-counted", ResultCharts.timeSeries(result.fullRun(),
        Series.ORDERS)));
    report.section("Costs");
    report.chart(files.chart("costs", costs(result)));
    return files.report(report.build());
  }

  private static Table table(String caption, List<Echelon> echelons) {
    Table.Builder table = Table.builder(caption, "echelon", "peak order", "in week", "lowest net stock", "cost");
    echelons.forEach(e -> table.row(e.echelon(), e.peakOrder(), e.peakWeek(), e.lowestNetInventory(), e.cost()));
    return table.row("team", "", "", "", Result.teamCost(echelons)).build();
  }

  private static Chart costs(Result result) {
    Map<String, double[]> bars = new LinkedHashMap<>();
    bars.put("Sterman's rule", result.sterman().stream().mapToDouble(Echelon::cost).toArray());
    bars.put("supply line counted", result.supplyLine().stream().mapToDouble(Echelon::cost).toArray());
    return Charts.groupedBars("Cost per echelon over the game", "cost (holding 0.5, backlog 1.0 per case-week)",
        ECHELONS, bars);
  }
}
