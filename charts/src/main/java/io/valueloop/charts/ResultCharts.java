package io.valueloop.charts;

import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Summary;
import io.valueloop.flow.ValueCapture;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.RoleMetrics;
import io.valueloop.sim.Series;
import io.valueloop.sim.SimulationResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charts of simulation, steady-state and experiment results: the series of a run per echelon, the bullwhip per
 * tier, the value-capture shares per role, experiment summaries with confidence intervals and sweeps with confidence
 * bands. Built on {@link Charts}; maps are read in iteration order.
 */
public final class ResultCharts {
  /** The most lines a time-series chart draws; further recorded actors are left out and the title says so. */
  public static final int MAX_LINES = 12;

  /**
   * The most points a time-series line has: longer runs are drawn every k-th tick, k the least that fits, so that
   * a report stays small; the title says so.
   */
  public static final int MAX_POINTS = 2_000;

  /** The series {@link #echelons(SimulationResult)} draws, when recorded. */
  public static final List<Series> ECHELON_SERIES = List.of(Series.ORDERS, Series.ON_HAND, Series.BACKLOG);

  private static final Pattern TRAILING_NUMBER =
      Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*$");

  private ResultCharts() {}

  /**
   * Draws one recorded series of a run: one line per actor it was recorded for, ticks along the x axis. Actors whose
   * series is zero throughout (a consumer's inventory, a service provider's orders) are left out, unless all are.
   * Runs longer than {@value #MAX_POINTS} ticks are drawn every k-th tick.
   *
   * @param result the run
   * @param series the series
   * @return the chart; at most {@value #MAX_LINES} lines, in recorded (downstream-first) order
   * @throws IllegalArgumentException if the scenario recorded the series for no actor
   */
  public static Chart timeSeries(SimulationResult result, Series series) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(series, "series");
    List<String> actors = result.recordedActors(series);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("series " + series + " must be recorded for some actor but was not");
    }
    int stride = (result.ticks() + MAX_POINTS - 1) / MAX_POINTS;
    double[] ticks = new double[(result.ticks() + stride - 1) / stride];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = (double) i * stride;
    }
    Map<String, double[]> lines = new LinkedHashMap<>();
    int shown = 0;
    for (String actor : actors) {
      double[] values = result.series(series, actor);
      if (Arrays.stream(values).anyMatch(v -> v != 0)) {
        shown++;
        if (lines.size() < MAX_LINES) {
          lines.put(actor, every(values, stride));
        }
      }
    }
    if (lines.isEmpty()) {
      lines.put(actors.get(0), every(result.series(series, actors.get(0)), stride));
    }
    String title = label(series) + " per tick" + (shown > MAX_LINES
        ? " (" + MAX_LINES + " of " + shown + " actors)" : "") + (stride > 1 ? ", every " + stride + " ticks" : "");
    return Charts.lines(title, "tick", unit(series), ticks, lines);
  }

  private static double[] every(double[] values, int stride) {
    if (stride == 1) {
      return values;
    }
    double[] kept = new double[(values.length + stride - 1) / stride];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = values[i * stride];
    }
    return kept;
  }

  /**
   * Draws the orders, on-hand inventory and backlog per echelon over time, one chart per series of
   * {@link #ECHELON_SERIES} the scenario recorded.
   *
   * @param result the run
   * @return the charts, possibly none
   */
  public static List<Chart> echelons(SimulationResult result) {
    Objects.requireNonNull(result, "result");
    List<Chart> charts = new ArrayList<>();
    for (Series series : ECHELON_SERIES) {
      if (!result.recordedActors(series).isEmpty()) {
        charts.add(timeSeries(result, series));
      }
    }
    return charts;
  }

  /**
   * Draws the bullwhip ratio per goods tier as grouped bars, one bar per run in each tier (for instance the data
   * loop off and on). A tier's ratio is the mean of the ratios of its actors that have one
   * ({@link ActorMetrics#bullwhip()}); tiers run upstream (highest) on the left to tier 1 on the right, as in
   * {@link ChainDrawing}. A tier where a run has no ratio shows 0 for that run; tiers where no run has one are left
   * out.
   *
   * @param chain the chain the runs simulated
   * @param runs the runs by name, at least one
   * @return the chart
   * @throws IllegalArgumentException if no run has a bullwhip ratio at any tier
   */
  public static Chart bullwhipByTier(ValueChain chain, Map<String, SimulationResult> runs) {
    Objects.requireNonNull(chain, "chain");
    Map<String, ChainRun> chainRuns = new LinkedHashMap<>();
    runs.forEach((name, run) -> chainRuns.put(name, new ChainRun(chain, run)));
    return bullwhipByTier(chainRuns);
  }

  /**
   * Draws the bullwhip ratio per goods tier as grouped bars for runs of different chains (business models, say),
   * each run with its own chain's tiers; otherwise as {@link #bullwhipByTier(ValueChain, Map)}.
   *
   * @param runs the runs with their chains, by name, at least one
   * @return the chart
   * @throws IllegalArgumentException if no run has a bullwhip ratio at any tier
   */
  public static Chart bullwhipByTier(Map<String, ChainRun> runs) {
    Map<Integer, Set<Character>> roles = new TreeMap<>(Comparator.reverseOrder());
    Map<String, Map<Integer, double[]>> sums = new LinkedHashMap<>();
    Map<ValueChain, Map<String, Integer>> tiersOf = new IdentityHashMap<>();
    for (Map.Entry<String, ChainRun> run : runs.entrySet()) {
      Map<String, Integer> tiers = tiersOf.computeIfAbsent(run.getValue().chain(), Tiers::of);
      Map<Integer, double[]> byTier = new TreeMap<>();
      for (ActorMetrics m : run.getValue().result().actorMetrics()) {
        Integer tier = tiers.get(m.id());
        if (tier != null && tier > 0 && m.bullwhip().isPresent()) {
          double[] sum = byTier.computeIfAbsent(tier, t -> new double[2]);
          sum[0] += m.bullwhip().getAsDouble();
          sum[1]++;
          roles.computeIfAbsent(tier, t -> new TreeSet<>()).add(m.role().letter());
        }
      }
      sums.put(run.getKey(), byTier);
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("runs must have a bullwhip ratio at some tier but had none " + runs.keySet());
    }
    List<String> categories = new ArrayList<>();
    for (Map.Entry<Integer, Set<Character>> tier : roles.entrySet()) {
      StringBuilder letters = new StringBuilder();
      tier.getValue().forEach(letters::append);
      categories.add("tier " + tier.getKey() + " (" + letters + ")");
    }
    Map<String, double[]> bars = new LinkedHashMap<>();
    for (Map.Entry<String, Map<Integer, double[]>> run : sums.entrySet()) {
      double[] values = new double[roles.size()];
      int i = 0;
      for (Integer tier : roles.keySet()) {
        double[] sum = run.getValue().get(tier);
        values[i++] = sum == null ? 0 : sum[0] / sum[1];
      }
      bars.put(run.getKey(), values);
    }
    return Charts.groupedBars("Bullwhip ratio per tier", "Var(orders) / Var(consumer demand)", categories, bars);
  }

  /**
   * Draws the steady-state value capture of business models as stacked bars: one bar per model, one segment per
   * role's share of consumer spend, and a last segment for the own costs, so that each bar adds up to one.
   *
   * @param models the value capture of each model by name, at least one
   * @return the chart
   */
  public static Chart valueCapture(Map<String, ValueCapture> models) {
    Map<String, Map<Role, Double>> shares = new LinkedHashMap<>();
    Map<String, Double> costs = new LinkedHashMap<>();
    models.forEach((name, capture) -> {
      shares.put(name, capture.shareByRole());
      costs.put(name, capture.totalCostShare());
    });
    return shares(shares, costs);
  }

  /**
   * Draws the value capture of simulated runs as stacked bars: one bar per run (a business model, say), one segment
   * per role's {@link RoleMetrics#valueCaptureShare()}, and a last segment for the own costs over consumer spend.
   *
   * @param runs the runs by name, at least one
   * @return the chart
   * @throws IllegalArgumentException if consumers spent nothing in a run
   */
  public static Chart valueCaptureOfRuns(Map<String, SimulationResult> runs) {
    Map<String, Map<Role, Double>> shares = new LinkedHashMap<>();
    Map<String, Double> costs = new LinkedHashMap<>();
    runs.forEach((name, run) -> {
      if (!(run.consumerSpend() > 0)) {
        throw new IllegalArgumentException("consumer spend must be positive but was " + run.consumerSpend()
            + " (" + name + ")");
      }
      Map<Role, Double> byRole = new LinkedHashMap<>();
      run.roleMetrics().forEach((role, m) -> m.valueCaptureShare().ifPresent(s -> byRole.put(role, s)));
      shares.put(name, byRole);
      costs.put(name, run.ownCost() / run.consumerSpend());
    });
    return shares(shares, costs);
  }

  private static Chart shares(Map<String, Map<Role, Double>> shares, Map<String, Double> costs) {
    Set<Role> present = EnumSet.noneOf(Role.class);
    shares.values().forEach(m -> present.addAll(m.keySet()));
    present.remove(Role.C);
    List<String> bars = List.copyOf(shares.keySet());
    Map<String, double[]> stacks = new LinkedHashMap<>();
    List<Color> colors = new ArrayList<>();
    for (Role role : present) {
      stacks.put(roleName(role), bars.stream().mapToDouble(b -> shares.get(b).getOrDefault(role, 0.0)).toArray());
      colors.add(roleColor(role));
    }
    stacks.put("own costs", bars.stream().mapToDouble(costs::get).toArray());
    colors.add(new Color(0xAAAAAA));
    return Charts.stackedBars("Value capture: shares of consumer spend", "share of consumer spend", bars, stacks,
        colors);
  }

  /**
   * Draws one measure of an experiment: a bar per scenario at the mean, with its confidence interval.
   *
   * @param result the experiment's result, with at least two replications
   * @param measure the measure's name
   * @param level the confidence level, in (0, 1)
   * @return the chart
   * @throws IllegalArgumentException if the measure is not in the result or the level is out of range
   */
  public static Chart summaries(ExperimentResult result, String measure, double level) {
    List<Summary> summaries = new ArrayList<>();
    for (String scenario : result.scenarios()) {
      summaries.add(result.summary(scenario, measure, level));
    }
    return Charts.intervalBars(measure + ": mean and " + percent(level) + " confidence interval", measure,
        result.scenarios(), summaries);
  }

  /**
   * Draws one measure of a sweep: a line through the means over the swept parameter, with a band over the
   * confidence intervals. Scenarios are placed by {@code x} and sorted by it.
   *
   * @param result the experiment's result, with at least two replications
   * @param measure the measure's name
   * @param level the confidence level, in (0, 1)
   * @param xLabel the name of the swept parameter
   * @param x the parameter value of each scenario, by scenario name
   * @return the chart
   * @throws IllegalArgumentException if the measure is not in the result, the level is out of range or an x value
   *     is not finite
   */
  public static Chart sweep(ExperimentResult result, String measure, double level, String xLabel,
      ToDoubleFunction<String> x) {
    List<String> scenarios = new ArrayList<>(result.scenarios());
    scenarios.sort(Comparator.comparingDouble(x));
    double[] xs = scenarios.stream().mapToDouble(x).toArray();
    List<Summary> summaries = new ArrayList<>();
    for (String scenario : scenarios) {
      summaries.add(result.summary(scenario, measure, level));
    }
    return Charts.bands(measure + " over " + xLabel + ", with " + percent(level) + " confidence band", xLabel,
        measure, xs, Map.of(measure, summaries));
  }

  /**
   * Returns the number a sweep's scenario name ends with ({@code "delay=3"} gives 3), if any.
   *
   * @param scenario the scenario's name
   * @return the number, or empty
   */
  public static OptionalDouble sweepValue(String scenario) {
    Matcher m = TRAILING_NUMBER.matcher(scenario);
    return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
  }

  /** {@return the text of the number a scenario's name ends with, with the spaces after it; empty if none} */
  static String sweepNumber(String scenario) {
    Matcher m = TRAILING_NUMBER.matcher(scenario);
    return m.find() ? scenario.substring(m.start()) : "";
  }

  /** {@return a role's letter and plain name, as legends show it} */
  static String roleName(Role role) {
    return role.letter() + " " + switch (role) {
      case S -> "supply platform";
      case M -> "manufacturer";
      case B -> "business";
      case C -> "consumers";
      case P -> "marketplace";
      case L -> "logistics";
      case F -> "finance";
    };
  }

  /** {@return a role's colour, the same in every chart} */
  static Color roleColor(Role role) {
    return switch (role) {
      case S -> new Color(0x0072B2);
      case M -> new Color(0xE69F00);
      case B -> new Color(0x009E73);
      case C -> new Color(0x777777);
      case P -> new Color(0xD55E00);
      case L -> new Color(0x56B4E9);
      case F -> new Color(0xCC79A7);
    };
  }

  static String label(Series series) {
    return switch (series) {
      case ON_HAND -> "On-hand inventory";
      case BACKLOG -> "Backlog";
      case ON_ORDER -> "Supply line";
      case INCOMING_ORDERS -> "Incoming orders";
      case ORDERS -> "Orders placed";
      case SHIPPED -> "Units shipped";
      case RECEIVED -> "Units received";
      case DEMAND_SIGNAL -> "Demand signal";
      case CONSUMER_DEMAND -> "Consumer demand served";
      case CAPACITY -> "Capacity";
      case REVENUE -> "Revenue";
      case COST -> "Cost";
      case PROFIT -> "Profit";
    };
  }

  private static String unit(Series series) {
    return switch (series) {
      case REVENUE, COST, PROFIT -> "currency units";
      default -> "units";
    };
  }

  private static String percent(double level) {
    return Markup.number(level * 100) + " %";
  }
}
