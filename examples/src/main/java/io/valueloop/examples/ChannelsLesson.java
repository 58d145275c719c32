package io.valueloop.examples;

import io.valueloop.charts.ChainDrawing;
import io.valueloop.charts.Charts;
import io.valueloop.charts.Report;
import io.valueloop.charts.Table;
import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Summary;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.Channel;
import io.valueloop.sim.ChannelMetrics;
import io.valueloop.sim.ChannelPlan;
import io.valueloop.sim.ChannelSetup;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Event;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import io.valueloop.sim.SourcingRule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Lesson: online and offline channels in one shop ("线上线下融合"), and a platform that re-sources, under a factory
 * failure.
 *
 * <p>An S2B2C2S2B chain: a main factory (70 % of the platform's orders, with some headroom) and a second factory
 * (30 %, with spare capacity), a supply platform, four shops, each selling to its consumers offline and online (40 %
 * of the units ordered online, delivered after two ticks; walk-ins who find the shelf empty leave, online orders
 * wait), and the consumers' demand data flowing back to the platform. The main factory fails for
 * {@value #OUTAGE_TICKS} ticks. Four set-ups on the same random numbers: the shops' stock <em>separate</em> (one stock
 * per channel, each refilled towards its share) or <em>integrated</em> (one stock serves both), and the platform
 * keeping <em>fixed shares</em> or <em>re-sourcing</em> to the factories that are up
 * ({@link SourcingRule#SHARES_OF_UP}). Each is replicated; the table gives means with 95 % confidence intervals and
 * the paired differences (common random numbers) say which directions the replications can tell apart.
 *
 * <p>What it shows: integrating the channels' stock serves more demand at once with less stock (risk pooling: the
 * channels' random demands partly cancel, and no unit waits on the wrong shelf); but walk-ins come first, so online
 * orders wait longer in a shortage and their backlog cost raises the chain's cost (a lost walk-in costs only the
 * sale). Re-sourcing keeps the platform supplied through the failure: more demand is served at once, the backlog and
 * its cost fall, for a little more stock and purchases from the dearer second factory.
 *
 * <p>Sources: G. D. Eppen (1979), "Effects of centralization on expected costs in a multi-location newsboy problem",
 * Management Science 25(5) (pooling); D. Simchi-Levi, W. Schmidt, Y. Wei (2014), "From superstorms to factory
 * fires", Harvard Business Review 92(1–2) (re-sourcing); docs/design.md §3, "channels".
 */
public final class ChannelsLesson implements Lesson {
  static final String MAIN_FACTORY = "factory-main";
  static final String SECOND_FACTORY = "factory-second";
  static final String PLATFORM = "platform";
  static final int SHOPS = 4;
  static final double MEAN_DEMAND = 20;
  static final double ONLINE_SHARE = 0.4;
  static final int OUTAGE_TICKS = 15;
  static final double LEVEL = 0.95;
  static final String FILL = "fill rate";
  static final String ONLINE_FILL = "online fill rate";
  static final String INVENTORY = "inventory";
  static final String COST = "cost per tick";
  static final List<String> MEASURES = List.of(FILL, ONLINE_FILL, INVENTORY, COST);
  static final List<String> SETUPS = List.of("separate, fixed shares", "separate, re-sourcing",
      "integrated, fixed shares", "integrated, re-sourcing");
  private static final long SEED = 2_024L;

  /**
   * What the comparison found.
   *
   * @param replications the replications per set-up
   * @param ticks the ticks of each run
   * @param summaries each measure's summary per set-up, by measure then set-up name
   * @param integration the paired gain of integrating the stock (integrated − separate, fixed shares) per measure
   * @param resourcing the paired gain of re-sourcing (re-sourcing − fixed shares, separate stock) per measure
   */
  record Result(int replications, int ticks, Map<String, Map<String, Summary>> summaries,
      Map<String, Summary> integration, Map<String, Summary> resourcing) {}

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public ChannelsLesson() {}

  @Override
  public String name() {
    return "channels";
  }

  @Override
  public String teaches() {
    return "online and offline channels in one shop, separate or integrated stock, and a platform that re-sources"
        + " under a factory failure: fill rate, inventory and cost with 95 % confidence intervals";
  }

  /**
   * Runs the lesson in full, writing into {@code --out DIR} (default {@code target/valueloop-output/channels}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new ChannelsLesson(), args);
  }

  @Override
  public LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    Result result = run(size);
    print(result, out);
    return write(result, outDir);
  }

  /** {@return the lesson's chain: two factories, a platform, shops and their consumers, whose data reach S} */
  static ValueChain chain() {
    double demand = SHOPS * MEAN_DEMAND;
    ValueChain.Builder chain = ValueChain.builder()
        .actor(Actor.builder().id(MAIN_FACTORY).role(Role.M).capacity(0.9 * demand).unitCost(1).build())
        .actor(Actor.builder().id(SECOND_FACTORY).role(Role.M).capacity(0.8 * demand).unitCost(1.5).build())
        .actor(Actor.builder().id(PLATFORM).role(Role.S).holdingCost(0.1).build())
        .trade(MAIN_FACTORY, PLATFORM, GoodsTerms.builder().price(4).leadTime(2).orderDelay(1).share(0.7).build())
        .trade(SECOND_FACTORY, PLATFORM, GoodsTerms.builder().price(5).leadTime(2).orderDelay(1).share(0.3).build());
    for (int i = 0; i < SHOPS; i++) {
      String shop = "shop-" + i;
      String consumers = "consumers-" + i;
      chain.actor(Actor.builder().id(shop).role(Role.B).holdingCost(0.2).backlogCost(1).build())
          .actor(Actor.builder().id(consumers).role(Role.C).demand(MEAN_DEMAND).build())
          .trade(PLATFORM, shop, GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build())
          .trade(shop, consumers, GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build())
          .data(consumers, PLATFORM, 1);
    }
    return chain.build();
  }

  /** {@return the scenario of one set-up: the outage from tick {@code from}, the shops' channels, the sourcing} */
  static Scenario scenario(int ticks, int from, boolean integrated, boolean resourcing) {
    ChannelPlan.Builder channels = ChannelPlan.builder().onlineShare(ONLINE_SHARE);
    for (int i = 0; i < SHOPS; i++) {
      channels.business("shop-" + i, ChannelSetup.shipFromStore(2).withIntegrated(integrated)
          .withOnlineTerms(1.0, 0.5));
    }
    return Scenario.builder(ticks)
        .warmUp(from - 20)
        .seed(SEED)
        .steadyStart(true)
        .informationSharing(true)
        .demand(DemandProcesses.poisson(MEAN_DEMAND))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5), 1.0, 20))
        .event(Event.actorOutage(MAIN_FACTORY, from, from + OUTAGE_TICKS))
        .sourcing(PLATFORM, resourcing ? SourcingRule.SHARES_OF_UP : SourcingRule.FIXED_SHARES)
        .channels(channels.build())
        .build();
  }

  /**
   * Runs the four set-ups over replications on common random numbers.
   *
   * @param size FULL: 40 replications of 160 ticks, the outage from tick 60; SMALL: 8 of 100, from tick 40
   * @return the result
   */
  static Result run(Size size) {
    int replications = size == Size.FULL ? 40 : 8;
    int ticks = size == Size.FULL ? 160 : 100;
    int from = size == Size.FULL ? 60 : 40;
    Experiment.Builder experiment = Experiment.builder(Simulation.of(CompiledChain.compile(chain())));
    for (int s = 0; s < SETUPS.size(); s++) {
      experiment.scenario(SETUPS.get(s), scenario(ticks, from, s >= 2, s % 2 == 1));
    }
    experiment.measure(FILL, r -> fill(r, null))
        .measure(ONLINE_FILL, r -> fill(r, Channel.ONLINE))
        .measure(INVENTORY, r -> sum(r, ActorMetrics::meanOnHand))
        .measure(COST, r -> r.ownCost() / r.measuredTicks());
    ExperimentResult result = experiment.replications(replications)
        .threads(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())))
        .build()
        .run();
    Map<String, Map<String, Summary>> summaries = new LinkedHashMap<>();
    Map<String, Summary> integration = new LinkedHashMap<>();
    Map<String, Summary> resourcing = new LinkedHashMap<>();
    for (String m : MEASURES) {
      Map<String, Summary> bySetup = new LinkedHashMap<>();
      SETUPS.forEach(s -> bySetup.put(s, result.summary(s, m, LEVEL)));
      summaries.put(m, bySetup);
      integration.put(m, result.paired(m, SETUPS.get(2), SETUPS.get(0), LEVEL));
      resourcing.put(m, result.paired(m, SETUPS.get(1), SETUPS.get(0), LEVEL));
    }
    return new Result(replications, ticks, summaries, integration, resourcing);
  }

  /** The shops' fill rate to their consumers: units served at once / units ordered, one channel or both. */
  private static double fill(SimulationResult r, Channel only) {
    double served = 0;
    double demand = 0;
    for (int i = 0; i < SHOPS; i++) {
      for (ChannelMetrics m : r.channels("shop-" + i).values()) {
        if (only == null || m.channel() == only) {
          served += m.servedAtOnce();
          demand += m.demand();
        }
      }
    }
    return demand > 0 ? served / demand : 1;
  }

  /** The sum of a metric over the shops and the platform. */
  private static double sum(SimulationResult r, ToDoubleFunction<ActorMetrics> metric) {
    double total = metric.applyAsDouble(r.metrics(PLATFORM));
    for (int i = 0; i < SHOPS; i++) {
      total += metric.applyAsDouble(r.metrics("shop-" + i));
    }
    return total;
  }

  static void print(Result result, PrintStream out) {
    out.println("Online and offline channels, and re-sourcing, under a factory failure");
    out.printf("S2B2C2S2B chain, %d shops, %.0f %% of units ordered online, the main factory down %d ticks;%n", SHOPS,
        100 * ONLINE_SHARE, OUTAGE_TICKS);
    out.printf("%d replications of %d ticks per set-up, means with %.0f %% confidence intervals%n%n",
        result.replications(), result.ticks(), 100 * LEVEL);
    out.printf("%-26s", "set-up");
    MEASURES.forEach(m -> out.printf(" %27s", m));
    out.println();
    for (String s : SETUPS) {
      out.printf("%-26s", s);
      MEASURES.forEach(m -> out.printf(" %27s", interval(result.summaries().get(m).get(s))));
      out.println();
    }
    out.println();
    out.printf("%-26s", "integrating (paired)");
    MEASURES.forEach(m -> out.printf(" %27s", interval(result.integration().get(m))));
    out.println();
    out.printf("%-26s", "re-sourcing (paired)");
    MEASURES.forEach(m -> out.printf(" %27s", interval(result.resourcing().get(m))));
    out.println();
    out.println();
    out.println("Inventory: mean units held by the platform and the shops; cost: every actor's own costs (unit,");
    out.println("holding, backlog, online handling) per tick. One integrated stock serves more demand at once with");
    out.println("less stock (pooling), but walk-ins come first: online orders wait longer in the shortage and their");
    out.println("backlog cost raises the cost (a lost walk-in costs only the sale). Re-sourcing keeps the platform");
    out.println("supplied through the failure: higher fill rates, lower cost. A paired interval that excludes 0 is a");
    out.println("difference the replications can tell apart.");
  }

  static String interval(Summary s) {
    return String.format("%.3f [%.3f, %.3f]", s.mean(), s.low(), s.high());
  }

  private static LessonOutput write(Result result, Path outDir) throws IOException {
    LessonFiles files = new LessonFiles(outDir);
    Report.Builder report = Report.builder("Online and offline channels, and re-sourcing, under a factory failure")
        .setting("online share", ONLINE_SHARE)
        .setting("outage of the main factory, ticks", OUTAGE_TICKS)
        .setting("replications per set-up", result.replications())
        .setting("confidence level", LEVEL);
    report.section("The chain").drawing(files.drawing("chain", ChainDrawing.of(chain())));
    report.section("Four set-ups").text("Separate or integrated channel stock at the shops, fixed shares or"
        + " re-sourcing at the platform, on common random numbers; means with 95 % confidence intervals.");
    List<String> columns = new ArrayList<>();
    columns.add("set-up");
    columns.addAll(MEASURES);
    Table.Builder table = Table.builder("Means and 95 % confidence intervals", columns.toArray(String[]::new));
    for (String s : SETUPS) {
      List<Object> row = new ArrayList<>();
      row.add(s);
      MEASURES.forEach(m -> row.add(interval(result.summaries().get(m).get(s))));
      table.row(row.toArray());
    }
    for (Map.Entry<String, Map<String, Summary>> paired : Map.of("integrating (paired)", result.integration(),
        "re-sourcing (paired)", result.resourcing()).entrySet()) {
      List<Object> row = new ArrayList<>();
      row.add(paired.getKey());
      MEASURES.forEach(m -> row.add(interval(paired.getValue().get(m))));
      table.row(row.toArray());
    }
    report.table(table.build());
    for (String m : MEASURES) {
      List<Summary> bars = SETUPS.stream().map(s -> result.summaries().get(m).get(s)).toList();
      report.chart(files.chart(m.replace(' ', '-'), Charts.intervalBars(m + " by set-up (95 % CI)", m, SETUPS,
          bars)));
    }
    return files.report(report.build());
  }
}
