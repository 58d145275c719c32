package io.valueloop.io;

import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Summary;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.Statement;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.ValueCapture;
import io.valueloop.model.Role;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.RoleMetrics;
import io.valueloop.sim.Series;
import io.valueloop.sim.SimulationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Results as tidy CSV tables (RFC 4180, a header row, one observation per row) for R ({@code read.csv}), pandas
 * ({@code read_csv}) or a spreadsheet. Doubles are written with {@link Double#toString(double)}, so that they read
 * back exactly (Java and pandas' {@code read_csv} with {@code float_precision="round_trip"} read the
 * same doubles); a value that does not exist (a bullwhip ratio when demand did not vary, a fill rate without orders,
 * a consumer's value-capture share, a NaN) is an empty cell, which R reads as {@code NA} and pandas as {@code NaN}.
 * Infinities are written {@code Infinity} and {@code -Infinity}, which both read.
 *
 * <ul>
 *   <li>{@link #writeStatements}: the steady state, one row per actor — {@code actor, role, output, revenue,
 *       purchases, feesPaid, feesReceived, ownCost, profit, valueCaptureShare}, the last the actor's profit per unit
 *       of consumer spend (empty for consumer segments).</li>
 *   <li>{@link #writeActorMetrics} and {@link #writeRoleMetrics}: a run's metrics, one row per actor or role.</li>
 *   <li>{@link #writeSeries}: a run's recorded series in long form, {@code tick, actor, series, value}, one row per
 *       recorded value, ticks from 0.</li>
 *   <li>{@link #writeExperimentValues} and {@link #writeExperimentSummary}: an experiment's measured values in long
 *       form, and their means with Student t confidence intervals.</li>
 * </ul>
 *
 * <p>Every method streams its table to an {@link Appendable} in time linear in the rows written; to write a file,
 * pass the method to {@link #write(Path, Table)}, for example
 * {@code ResultTables.write(Path.of("series.csv"), out -> ResultTables.writeSeries(result, out))}. Column names are
 * in lower camel case, as the library's accessors.
 */
public final class ResultTables {
  private ResultTables() {}

  /**
   * Writes the steady state's statements, one row per actor in compiled order (downstream first).
   *
   * @param state the steady state
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void writeStatements(SteadyState state, Appendable out) throws IOException {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(out, "out");
    Csv.writeRow(out, List.of("actor", "role", "output", "revenue", "purchases", "feesPaid", "feesReceived",
        "ownCost", "profit", "valueCaptureShare"));
    Optional<ValueCapture> capture = state.valueCapture();
    CompiledChain chain = state.chain();
    for (int a = 0; a < chain.actorCount(); a++) {
      Statement s = state.statement(a);
      String share = capture.isPresent() && s.role() != Role.C ? number(capture.get().share(a)) : "";
      Csv.writeRow(out, List.of(s.actor(), s.role().name(), number(s.output()), number(s.revenue()),
          number(s.purchases()), number(s.feesPaid()), number(s.feesReceived()), number(s.ownCost()),
          number(s.profit()), share));
    }
  }

  /**
   * Writes a run's metrics, one row per actor in compiled order.
   *
   * @param result the run's result
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void writeActorMetrics(SimulationResult result, Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    Csv.writeRow(out, List.of("actor", "role", "bullwhip", "orderVariance", "demandVariance", "fillRate",
        "meanOnHand", "meanBacklog", "revenue", "cost", "profit", "valueCaptureShare"));
    for (ActorMetrics m : result.actorMetrics()) {
      Csv.writeRow(out, List.of(m.id(), m.role().name(), number(m.bullwhip()), number(m.orderVariance()),
          number(m.demandVariance()), number(m.fillRate()), number(m.meanOnHand()), number(m.meanBacklog()),
          number(m.revenue()), number(m.cost()), number(m.profit()), number(m.valueCaptureShare())));
    }
  }

  /**
   * Writes a run's metrics per role, one row per role the chain has, in {@link Role} order.
   *
   * @param result the run's result
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void writeRoleMetrics(SimulationResult result, Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    Csv.writeRow(out, List.of("role", "actors", "bullwhip", "fillRate", "meanOnHand", "meanBacklog", "revenue",
        "cost", "profit", "valueCaptureShare"));
    for (RoleMetrics m : result.roleMetrics().values()) {
      Csv.writeRow(out, List.of(m.role().name(), Integer.toString(m.actors()), number(m.bullwhip()),
          number(m.fillRate()), number(m.meanOnHand()), number(m.meanBacklog()), number(m.revenue()),
          number(m.cost()), number(m.profit()), number(m.valueCaptureShare())));
    }
  }

  /**
   * Writes every series a run recorded, in long form: by series (in {@link Series} order), then actor (compiled
   * order), then tick.
   *
   * @param result the run's result
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void writeSeries(SimulationResult result, Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    Csv.writeRow(out, List.of("tick", "actor", "series", "value"));
    List<String> row = new ArrayList<>(4);
    for (Series series : Series.values()) {
      for (String id : result.recordedActors(series)) {
        double[] values = result.series(series, id);
        for (int tick = 0; tick < values.length; tick++) {
          row.clear();
          row.add(Integer.toString(tick));
          row.add(id);
          row.add(series.name());
          row.add(number(values[tick]));
          Csv.writeRow(out, row);
        }
      }
    }
  }

  /**
   * Writes every value an experiment measured, in long form: {@code scenario, replication, measure, value}, by
   * scenario (in the experiment's order), then replication, then measure.
   *
   * @param result the experiment's result
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void writeExperimentValues(ExperimentResult result, Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    Csv.writeRow(out, List.of("scenario", "replication", "measure", "value"));
    List<String> measures = result.measures();
    double[][] values = new double[measures.size()][];
    List<String> row = new ArrayList<>(4);
    for (String scenario : result.scenarios()) {
      for (int m = 0; m < values.length; m++) {
        values[m] = result.values(scenario, measures.get(m));
      }
      for (int r = 0; r < result.replications(); r++) {
        for (int m = 0; m < values.length; m++) {
          row.clear();
          row.add(scenario);
          row.add(Integer.toString(r));
          row.add(measures.get(m));
          row.add(number(values[m][r]));
          Csv.writeRow(out, row);
        }
      }
    }
  }

  /**
   * Writes the summary of every (scenario, measure) of an experiment — {@code scenario, measure, n, mean, sd, se,
   * ciLow, ciHigh, level}, as {@link ExperimentResult#summary(String, String, double)} gives it — scenarios outer,
   * measures inner.
   *
   * @param result the experiment's result, of at least 2 replications
   * @param level the confidence level, in (0, 1)
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if the result has fewer than 2 replications or the level is not in (0, 1);
   *     nothing is written then
   */
  public static void writeExperimentSummary(ExperimentResult result, double level, Appendable out)
      throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    List<Summary> summaries = new ArrayList<>();
    for (String scenario : result.scenarios()) {
      for (String measure : result.measures()) {
        summaries.add(result.summary(scenario, measure, level));
      }
    }
    Csv.writeRow(out, List.of("scenario", "measure", "n", "mean", "sd", "se", "ciLow", "ciHigh", "level"));
    int i = 0;
    for (String scenario : result.scenarios()) {
      for (String measure : result.measures()) {
        Summary summary = summaries.get(i++);
        Csv.writeRow(out, List.of(scenario, measure, Integer.toString(summary.n()), number(summary.mean()),
            number(summary.sd()), number(summary.se()), number(summary.low()), number(summary.high()),
            number(summary.level())));
      }
    }
  }

  /**
   * Writes a table to a file in UTF-8, creating or replacing it atomically: the table goes to a temporary file in the
   * same folder, which replaces the file only when the table is complete, so that a failure leaves the old file as it
   * was and no temporary file behind.
   *
   * @param file the file
   * @param table what writes the table, for example {@code out -> ResultTables.writeSeries(result, out)}
   * @throws IOException if the file cannot be written, or {@code table} fails; the file is then as it was
   */
  public static void write(Path file, Table table) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(table, "table");
    AtomicFiles.writeText(file, table::writeTo);
  }

  /** Something that writes one table, such as a method reference to one of this class's methods. */
  @FunctionalInterface
  public interface Table {
    /**
     * Writes the table.
     *
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    void writeTo(Appendable out) throws IOException;
  }

  /** A double as {@link Double#toString(double)} writes it, which reads back exactly; NaN, no value, as empty. */
  private static String number(double value) {
    return Double.isNaN(value) ? "" : Double.toString(value);
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }
}
