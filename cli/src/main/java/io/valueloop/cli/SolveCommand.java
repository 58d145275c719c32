package io.valueloop.cli;

import io.valueloop.charts.Reports;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.flow.ValueCapture;
import io.valueloop.io.ResultTables;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valueloop solve}: the steady state of a chain and who captures the consumers' money. */
@Command(
    name = "solve",
    header = "Solve a chain's steady state: statements and value capture.",
    description = "Solves a chain's steady state per tick and writes DIR/statements.csv (one row per actor: "
        + "output, revenue, purchases, fees, own cost, profit, value-capture share) and "
        + "DIR/value-capture.csv (one row per role: profit and own cost as shares of consumer spend; they "
        + "add up to one) and DIR/report.html (charts and tables, one self-contained page).")
final class SolveCommand implements Callable<Integer> {
  /** The statements table. */
  static final String STATEMENTS = "statements.csv";
  /** The value-capture table. */
  static final String VALUE_CAPTURE = "value-capture.csv";
  /** The report. */
  static final String REPORT = "report.html";

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CHAIN", description = "the chain: FILE.json or a CSV chain folder")
  private Path chain;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the folder for the tables and the report")
  private Path out;

  @Option(names = "--no-report", description = "do not write DIR/report.html")
  private boolean noReport;

  @Override
  public Integer call() throws Exception {
    ValueChain model = ChainPaths.read(chain);
    SteadyState state = SteadyStateSolver.defaults().solve(CompiledChain.compile(model));
    try (Staging staging = Staging.folder(out)) {
      write(staging, model, state);
      staging.commit();
    }
    print(state, spec.commandLine().getOut());
    return 0;
  }

  /** Writes every output of the command into the staging folder: the tables and, unless --no-report, the report. */
  private void write(Staging staging, ValueChain model, SteadyState state) throws IOException {
    if (!noReport) {
      Reports.solve(model, state).toBuilder().setting("chain file", chain).build().write(staging.file(REPORT));
    }
    ResultTables.write(staging.file(STATEMENTS), table -> ResultTables.writeStatements(state, table));
    try (CsvTable table = CsvTable.create(staging.file(VALUE_CAPTURE), "role", "actors", "profitShare",
        "costShare")) {
      Optional<ValueCapture> capture = state.valueCapture();
      if (capture.isPresent()) {
        Map<Role, Integer> actors = actorsByRole(state.chain());
        for (Map.Entry<Role, Double> share : capture.get().shareByRole().entrySet()) {
          table.row(share.getKey().name(), actors.get(share.getKey()), share.getValue(),
              capture.get().costShareByRole().get(share.getKey()));
        }
      }
    }
  }

  private static Map<Role, Integer> actorsByRole(CompiledChain chain) {
    Map<Role, Integer> actors = new EnumMap<>(Role.class);
    for (int i = 0; i < chain.actorCount(); i++) {
      actors.merge(chain.role(i), 1, Integer::sum);
    }
    return actors;
  }

  private static void print(SteadyState state, PrintWriter out) {
    Optional<ValueCapture> capture = state.valueCapture();
    if (capture.isEmpty()) {
      out.println("Consumers spend nothing in steady state: no value capture to show.");
      return;
    }
    out.printf(Locale.ROOT, "Consumer spend per tick: %.2f%n", capture.get().consumerSpend());
    out.println("role   profit share   own-cost share");
    for (Map.Entry<Role, Double> share : capture.get().shareByRole().entrySet()) {
      out.printf(Locale.ROOT, "%-4s %12.2f %% %14.2f %%%n", share.getKey(), 100 * share.getValue(),
          100 * capture.get().costShareByRole().get(share.getKey()));
    }
    out.flush();
  }
}
