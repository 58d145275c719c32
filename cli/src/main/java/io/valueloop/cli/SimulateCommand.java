package io.valueloop.cli;

import io.valueloop.charts.Reports;
import io.valueloop.flow.CompiledChain;
import io.valueloop.io.ResultTables;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.RoleMetrics;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valueloop simulate}: one run of a scenario on a chain. */
@Command(
    name = "simulate",
    header = "Simulate a scenario on a chain: metrics and recorded series.",
    description = "Simulates a chain tick by tick as a scenario says and writes DIR/metrics.csv (one row per "
        + "actor, level 'actor', and per role, level 'role': bullwhip, fill rate, inventory, backlog, "
        + "money), DIR/series.csv (what the scenario records, long form: tick, actor, series, value), "
        + "DIR/diagnostics.csv (what the run found doubtful in the scenario's set-up: severity, code, actor, "
        + "message; each also on the error stream) and DIR/report.html (charts and tables, one self-contained "
        + "page).")
final class SimulateCommand implements Callable<Integer> {
  /** The metrics table. */
  static final String METRICS = "metrics.csv";
  /** The series table. */
  static final String SERIES = "series.csv";
  /** The diagnostics table. */
  static final String DIAGNOSTICS = "diagnostics.csv";
  /** The report. */
  static final String REPORT = "report.html";

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CHAIN", description = "the chain: FILE.json or a CSV chain folder")
  private Path chain;

  @Parameters(index = "1", paramLabel = "SCENARIO", description = "the scenario: FILE.json")
  private Path scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the folder for the tables and the report")
  private Path out;

  @Option(names = "--no-report", description = "do not write DIR/report.html (the slowest output of a long run)")
  private boolean noReport;

  @Override
  public Integer call() throws Exception {
    FileProblems inputs = new FileProblems();
    ValueChain model = inputs.read(() -> ChainPaths.read(chain));
    Scenario run = inputs.read(() -> JsonFiles.readScenario(scenario));
    inputs.check();
    SimulationResult result = Simulation.of(CompiledChain.compile(model)).run(run);
    DiagnosticLines.print(result.diagnostics(), null, spec.commandLine().getErr());
    try (Staging staging = Staging.folder(out)) {
      write(staging, model, run, result);
      staging.commit();
    }
    print(result, spec.commandLine().getOut());
    return 0;
  }

  /** Writes every output of the command into the staging folder: the tables and, unless --no-report, the report. */
  private void write(Staging staging, ValueChain model, Scenario run, SimulationResult result)
      throws IOException {
    if (!noReport) {
      Reports.simulate(model, run, result).toBuilder().setting("chain file", chain)
          .setting("scenario file", scenario).build().write(staging.file(REPORT));
    }
    try (CsvTable table = CsvTable.create(staging.file(METRICS), "level", "actor", "role", "actors", "bullwhip",
        "orderVariance", "demandVariance", "fillRate", "meanOnHand", "meanBacklog", "revenue", "cost", "profit",
        "valueCaptureShare")) {
      for (RoleMetrics m : result.roleMetrics().values()) {
        table.row("role", null, m.role().name(), m.actors(), m.bullwhip(), null, null, m.fillRate(),
            m.meanOnHand(), m.meanBacklog(), m.revenue(), m.cost(), m.profit(), m.valueCaptureShare());
      }
      for (ActorMetrics m : result.actorMetrics()) {
        table.row("actor", m.id(), m.role().name(), 1, m.bullwhip(), m.orderVariance(), m.demandVariance(),
            m.fillRate(), m.meanOnHand(), m.meanBacklog(), m.revenue(), m.cost(), m.profit(),
            m.valueCaptureShare());
      }
    }
    ResultTables.write(staging.file(SERIES), table -> ResultTables.writeSeries(result, table));
    DiagnosticLines.write(result.diagnostics(), staging.file(DIAGNOSTICS));
  }

  private static void print(SimulationResult result, PrintWriter out) {
    out.println("role  actors   bullwhip  fill rate     profit  value share");
    for (RoleMetrics m : result.roleMetrics().values()) {
      out.printf(Locale.ROOT, "%-4s %7d %10s %10s %10.1f %12s%n", m.role(), m.actors(), fixed(m.bullwhip(), 3),
          fixed(m.fillRate(), 3), m.profit(), fixed(m.valueCaptureShare(), 3));
    }
    out.flush();
  }

  private static String fixed(OptionalDouble value, int digits) {
    return value.isPresent() ? String.format(Locale.ROOT, "%." + digits + "f", value.getAsDouble()) : "-";
  }
}
