package io.valueloop.cli;

import io.valueloop.charts.Reports;
import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Summary;
import io.valueloop.io.ExperimentFile;
import io.valueloop.io.ResultTables;
import io.valueloop.sim.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code valueloop experiment}: the replicated runs an experiment file describes, summarised. */
@Command(
    name = "experiment",
    header = "Run a replicated experiment: values and summary with confidence intervals.",
    description = "Runs an experiment (scenarios, variants or a design, replications on common random numbers) and "
        + "writes DIR/values.csv (scenario, replication, measure, value) and DIR/summary.csv (scenario, "
        + "measure, n, mean, sd, se, ciLow, ciHigh, level) and DIR/report.html (charts and tables, one "
        + "self-contained page). Progress, and what a scenario's runs found doubtful in its set-up (once per "
        + "scenario), go to the error stream. The numbers do not depend on the number of threads.")
final class ExperimentCommand implements Callable<Integer> {
  /** The values table. */
  static final String VALUES = "values.csv";
  /** The summary table. */
  static final String SUMMARY = "summary.csv";
  /** The report. */
  static final String REPORT = "report.html";

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the experiment: FILE.json")
  private Path experiment;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the folder for the tables and the report")
  private Path out;

  @Option(names = "--threads", paramLabel = "N", description = "threads to run on (default: the file's, else 1)")
  private Integer threads;

  @Option(names = "--progress", paramLabel = "MODE",
      description = "how to show progress on the error stream: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}:"
          + " a bar on a terminal, lines otherwise)")
  private Progress.Mode progress = Progress.Mode.AUTO;

  @Option(names = "--no-report", description = "do not write DIR/report.html")
  private boolean noReport;

  @Override
  public Integer call() throws Exception {
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1 but was " + threads);
    }
    FileProblems inputs = new FileProblems();
    ExperimentFile study = inputs.read(() -> JsonFiles.readExperiment(experiment, threads));
    inputs.check();
    Experiment runs = study.experiment();
    ExperimentResult result = runs.run(new Progress(spec.commandLine().getErr(), progress, System::nanoTime));
    for (Map.Entry<String, Scenario> scenario : runs.scenarios().entrySet()) {
      DiagnosticLines.print(runs.simulation().diagnostics(scenario.getValue()), "scenario " + scenario.getKey(),
          spec.commandLine().getErr());
    }
    try (Staging staging = Staging.folder(out)) {
      write(staging, study, result);
      staging.commit();
    }
    print(result, study.confidenceLevel(), spec.commandLine().getOut());
    return 0;
  }

  /** Writes every output of the command into the staging folder: the tables and, unless --no-report, the report. */
  private void write(Staging staging, ExperimentFile study, ExperimentResult result) throws IOException {
    if (!noReport) {
      Reports.experiment(study.chain(), result, study.confidenceLevel()).toBuilder()
          .setting("experiment file", experiment).build().write(staging.file(REPORT));
    }
    double level = study.confidenceLevel();
    ResultTables.write(staging.file(VALUES), table -> ResultTables.writeExperimentValues(result, table));
    ResultTables.write(staging.file(SUMMARY), table -> ResultTables.writeExperimentSummary(result, level, table));
  }

  private static void print(ExperimentResult result, double level, PrintWriter out) {
    out.printf(Locale.ROOT, "%-20s %-24s %4s %12s %12s %12s%n", "scenario", "measure", "n", "mean", "ciLow",
        "ciHigh");
    for (String scenario : result.scenarios()) {
      for (String measure : result.measures()) {
        Summary s = result.summary(scenario, measure, level);
        out.printf(Locale.ROOT, "%-20s %-24s %4d %12.4f %12.4f %12.4f%n", scenario, measure, s.n(), s.mean(),
            s.low(), s.high());
      }
    }
    out.flush();
  }
}
