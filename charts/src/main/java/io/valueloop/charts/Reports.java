package io.valueloop.charts;

import io.valueloop.analysis.ChainDepth;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Summary;
import io.valueloop.flow.Statement;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.ValueCapture;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.RoleMetrics;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.SimulationResult;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The reports of the three things ValueLoop computes, as the command line writes them to {@code DIR/report.html}:
 * a steady state ({@link #solve}), a simulation run ({@link #simulate}) and a replicated experiment
 * ({@link #experiment(ValueChain, ExperimentResult, double)}). Each has the settings, the chain drawing (when the
 * chain is given), the charts that fit the result and tables of its numbers; tables of actors stop after
 * {@value #MAX_ROWS} rows (the CSV tables hold them all). Add to a report with {@link Report#toBuilder()}.
 */
public final class Reports {
  /** The most rows a table of actors shows. */
  public static final int MAX_ROWS = 200;

  private Reports() {}

  /**
   * Reports a steady state: the chain, its value capture by role and each actor's statement.
   *
   * @param chain the chain that was solved
   * @param state its steady state
   * @return the report
   */
  public static Report solve(ValueChain chain, SteadyState state) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(state, "state");
    Report.Builder report = Report.builder("Steady state");
    chainSettings(report, chain);
    report.setting("consumer spend per tick", state.consumerSpend()).setting("solver iterations", state.iterations());
    chain(report, chain);
    report.section("Value capture");
    state.valueCapture().ifPresentOrElse(capture -> {
      report.text("Each role's profit as a share of what consumers spend; with the own costs the shares add up"
          + " to one.");
      report.chart(ResultCharts.valueCapture(Map.of("steady state", capture)));
      Table.Builder roles = Table.builder("Shares of consumer spend by role", "role", "share", "own-cost share");
      capture.shareByRole().forEach((role, share) -> roles.row(ResultCharts.roleName(role), share,
          capture.costShareByRole().get(role)));
      roles.row("all own costs", null, capture.totalCostShare());
      report.table(roles.build());
    }, () -> report.text("Consumers spend nothing in this chain, so there are no value-capture shares."));
    report.section("Statements");
    Table.Builder actors = Table.builder("Statement of each actor, per tick", "actor", "role", "output", "revenue",
        "purchases", "fees paid", "fees received", "own cost", "profit", "share");
    ValueCapture capture = state.valueCapture().orElse(null);
    OptionalDouble none = OptionalDouble.empty();
    // By index, not statements(): a chain of millions of actors shows only its first rows.
    for (int i = 0; i < Math.min(MAX_ROWS, state.chain().actorCount()); i++) {
      Statement s = state.statement(i);
      actors.row(s.actor(), s.role().letter(), s.output(), s.revenue(), s.purchases(), s.feesPaid(),
          s.feesReceived(), s.ownCost(), s.profit(),
          capture == null || s.role() == Role.C ? none : OptionalDouble.of(capture.share(s.actor())));
    }
    note(actors, chain.actorCount());
    return report.table(actors.build()).build();
  }

  /**
   * Reports a simulation run: the scenario, the chain, the orders, inventory and backlog per echelon over time (as
   * far as the scenario recorded them), the bullwhip per tier, the value capture by role, and the metrics per role
   * and per actor.
   *
   * @param chain the chain that was simulated
   * @param scenario the scenario that was run
   * @param result the run's result
   * @return the report
   */
  public static Report simulate(ValueChain chain, Scenario scenario, SimulationResult result) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(result, "result");
    Report.Builder report = Report.builder("Simulation");
    chainSettings(report, chain);
    report.setting("ticks", scenario.ticks()).setting("warm-up ticks", scenario.warmUp())
        .setting("measured ticks", result.measuredTicks()).setting("seed", scenario.seed())
        .setting("replication", scenario.replication())
        .setting("information sharing", scenario.informationSharing() ? "on" : "off")
        .setting("negative orders", scenario.negativeOrders() ? "allowed" : "cut at zero")
        .setting("production lead time", scenario.productionLeadTime())
        .setting("default ordering policy", scenario.defaultPolicy())
        .setting("events", scenario.events().size())
        .setting("consumer spend", result.consumerSpend());
    chain(report, chain);
    report.section("Time series");
    List<Chart> series = ResultCharts.echelons(result);
    if (series.isEmpty()) {
      report.text("The scenario recorded no orders, inventory or backlog series; record them with"
          + " Scenario.Builder.recordAll or record to see them here.");
    } else {
      report.charts(series);
    }
    report.section("Bullwhip");
    String run = "information sharing " + (scenario.informationSharing() ? "on" : "off");
    if (result.actorMetrics().stream().anyMatch(m -> m.bullwhip().isPresent())) {
      report.text("Variance of the orders each tier places over the variance of the consumer demand it serves"
          + " (mean over the tier's actors); 1 means no amplification.");
      try {
        report.chart(ResultCharts.bullwhipByTier(chain, Map.of(run, result)));
      } catch (IllegalArgumentException noTier) {
        report.text("No actor with a goods tier has a bullwhip ratio.");
      }
    } else {
      report.text("No actor has a bullwhip ratio: consumer demand did not vary over the measured ticks.");
    }
    report.section("Value capture");
    if (result.consumerSpend() > 0) {
      report.chart(ResultCharts.valueCaptureOfRuns(Map.of(run, result)));
    } else {
      report.text("Consumers spent nothing over the measured ticks, so there are no value-capture shares.");
    }
    report.section("Roles");
    Table.Builder roles = Table.builder("Metrics by role over the measured ticks", "role", "actors", "bullwhip",
        "fill rate", "mean on hand", "mean backlog", "revenue", "cost", "profit", "share");
    for (RoleMetrics m : result.roleMetrics().values()) {
      roles.row(ResultCharts.roleName(m.role()), m.actors(), m.bullwhip(), m.fillRate(), m.meanOnHand(),
          m.meanBacklog(), m.revenue(), m.cost(), m.profit(), m.valueCaptureShare());
    }
    report.table(roles.build());
    report.section("Actors");
    Table.Builder actors = Table.builder("Metrics by actor over the measured ticks", "actor", "role", "bullwhip",
        "fill rate", "mean on hand", "mean backlog", "revenue", "cost", "profit", "share");
    for (ActorMetrics m : result.actorMetrics()) {
      if (actors.rowCount() == MAX_ROWS) {
        break;
      }
      actors.row(m.id(), m.role().letter(), m.bullwhip(), m.fillRate(), m.meanOnHand(), m.meanBacklog(),
          m.revenue(), m.cost(), m.profit(), m.valueCaptureShare());
    }
    note(actors, chain.actorCount());
    return report.table(actors.build()).build();
  }

  /**
   * Reports a replicated experiment without its chain; see {@link #experiment(ValueChain, ExperimentResult, double)}.
   *
   * @param result the experiment's result
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return the report
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public static Report experiment(ExperimentResult result, double level) {
    return experiment(null, result, level);
  }

  /**
   * Reports a replicated experiment: per measure a chart of the scenarios' means with confidence intervals, or,
   * when every scenario's name ends with a distinct number (a sweep such as {@code delay=0 … delay=8}) and there
   * are at least three, a line over that number with a confidence band; then a table of the summaries. With fewer
   * than two replications there are no intervals, and the table shows the single values.
   *
   * @param chain the chain the experiment simulated, drawn when not null
   * @param result the experiment's result
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return the report
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public static Report experiment(ValueChain chain, ExperimentResult result, double level) {
    Objects.requireNonNull(result, "result");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1) but was " + level);
    }
    Report.Builder report = Report.builder("Experiment");
    if (chain != null) {
      chainSettings(report, chain);
    }
    report.setting("scenarios", result.scenarios().size()).setting("replications", result.replications())
        .setting("measures", String.join(", ", result.measures()))
        .setting("confidence level", Markup.number(level * 100) + " %");
    if (chain != null) {
      chain(report, chain);
    }
    boolean intervals = result.replications() >= 2;
    Map<String, Double> sweep = sweep(result.scenarios());
    report.section("Measures");
    if (!intervals) {
      report.text("With one replication there are no confidence intervals; run at least two to see them.");
    } else {
      for (String measure : result.measures()) {
        report.chart(sweep.isEmpty() ? ResultCharts.summaries(result, measure, level)
            : ResultCharts.sweep(result, measure, level, sweepLabel(result.scenarios()), sweep::get));
      }
    }
    report.section("Summaries");
    String percent = Markup.number(level * 100) + " %";
    Table.Builder table = Table.builder("Mean, standard deviation and " + percent + " confidence interval of each"
        + " measure", "scenario", "measure", "n", "mean", "sd", "low", "high");
    for (String scenario : result.scenarios()) {
      for (String measure : result.measures()) {
        if (intervals) {
          Summary s = result.summary(scenario, measure, level);
          table.row(scenario, measure, s.n(), s.mean(), s.sd(), s.low(), s.high());
        } else {
          table.row(scenario, measure, 1, result.value(scenario, measure, 0), null, null, null);
        }
      }
    }
    return report.table(table.build()).build();
  }

  /** {@return each scenario's swept value, or an empty map unless there are three or more, all distinct} */
  static Map<String, Double> sweep(List<String> scenarios) {
    Map<String, Double> values = new LinkedHashMap<>();
    Set<Double> seen = new HashSet<>();
    for (String scenario : scenarios) {
      OptionalDouble value = ResultCharts.sweepValue(scenario);
      if (value.isEmpty() || !seen.add(value.getAsDouble())) {
        return Map.of();
      }
      values.put(scenario, value.getAsDouble());
    }
    return values.size() >= 3 ? values : Map.of();
  }

  /** {@return what the scenario names say before their numbers when they all say the same, else "swept value"} */
  static String sweepLabel(List<String> scenarios) {
    Set<String> labels = new HashSet<>();
    for (String scenario : scenarios) {
      String number = ResultCharts.sweepNumber(scenario);
      labels.add(scenario.substring(0, scenario.length() - number.length()).replaceAll("[\\s=:]+$", "").strip());
    }
    String label = labels.size() == 1 ? labels.iterator().next() : "";
    return label.isEmpty() ? "swept value" : label;
  }

  private static void chainSettings(Report.Builder report, ValueChain chain) {
    report.setting("actors", chain.actorCount());
    StringBuilder flows = new StringBuilder().append(chain.flowCount());
    String sep = " (";
    for (FlowKind kind : FlowKind.values()) {
      int n = chain.flows(kind).size();
      if (n > 0) {
        flows.append(sep).append(n).append(' ').append(kind.name().toLowerCase(Locale.ROOT));
        sep = ", ";
      }
    }
    report.setting("flows", flows.append(sep.equals(", ") ? ")" : "").toString());
    StringBuilder roles = new StringBuilder();
    for (Role role : Role.values()) {
      int n = chain.actors(role).size();
      if (n > 0) {
        roles.append(roles.length() == 0 ? "" : ", ").append(n).append(' ').append(role.letter());
      }
    }
    report.setting("actors by role", roles.toString());
    try {
      report.setting("goods depth (tiers below the top)", ChainDepth.of(chain).depth());
    } catch (IllegalArgumentException loop) {
      report.setting("goods depth (tiers below the top)", "none: the goods network has a loop");
    }
  }

  private static void chain(Report.Builder report, ValueChain chain) {
    report.section("Chain").drawing(ChainDrawing.of(chain));
  }

  private static void note(Table.Builder table, int actors) {
    if (actors > table.rowCount()) {
      table.note("The first " + table.rowCount() + " of " + actors + " actors; the CSV tables hold them all.");
    }
  }
}
