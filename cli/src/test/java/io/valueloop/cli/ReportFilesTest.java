package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/** The report.html that {@code solve}, {@code simulate} and {@code experiment} write beside their tables. */
class ReportFilesTest extends SampleStudy {

  @Test
  void solve_writesAReportWithTheChainAndValueCapture() throws Exception {
    Cli.Run run = Cli.run("solve", dir.resolve("chain.json"), "--out", dir.resolve("steady"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Cli.names(dir.resolve("steady")))
        .containsExactly("report.html", "statements.csv", "value-capture.csv");
    assertSelfContained(dir.resolve("steady/report.html"))
        .contains("<title>Steady state</title>", "<h2>Chain</h2>", "<h2>Value capture</h2>", "<h2>Statements</h2>",
            "chain file", "chain.json", "<svg");
  }

  @Test
  void simulate_writesAReportWithTimeSeriesBullwhipAndMetrics() throws Exception {
    Cli.Run run = Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Cli.names(dir.resolve("run")))
        .containsExactly("diagnostics.csv", "metrics.csv", "report.html", "series.csv");
    assertSelfContained(dir.resolve("run/report.html"))
        .contains("<title>Simulation</title>", "<h2>Time series</h2>", "<h2>Bullwhip</h2>",
            "<h2>Value capture</h2>", "<h2>Roles</h2>", "<h2>Actors</h2>", "scenario file", "scenario.json");
  }

  @Test
  void experiment_writesAReportWithSummaries() throws Exception {
    Cli.Run run = Cli.run("experiment", dir.resolve("experiment.json"), "--out", dir.resolve("study"),
        "--progress", "none");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Cli.names(dir.resolve("study"))).containsExactly("report.html", "summary.csv", "values.csv");
    assertSelfContained(dir.resolve("study/report.html"))
        .contains("<h2>Measures</h2>", "<h2>Summaries</h2>", "experiment file", "experiment.json", "loop on");
  }

  @Test
  void noReport_writesTheTablesOnly() throws Exception {
    assertThat(Cli.run("solve", dir.resolve("chain.json"), "--out", dir.resolve("steady"), "--no-report")
        .exitCode()).isZero();
    assertThat(Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"), "--no-report").exitCode()).isZero();

    assertThat(Cli.names(dir.resolve("steady"))).containsExactly("statements.csv", "value-capture.csv");
    assertThat(Cli.names(dir.resolve("run"))).containsExactly("diagnostics.csv", "metrics.csv", "series.csv");
  }

  @Test
  void failedRun_keepsTheOldReportAndLeavesNoTemporaryFile() throws Exception {
    Files.createDirectories(dir.resolve("run"));
    Files.writeString(dir.resolve("run/report.html"), "old");
    Files.writeString(dir.resolve("scenario.json"),
        Files.readString(dir.resolve("scenario.json")).replace("\"segmentId\": \"c1\"", "\"segmentId\": \"c9\""));

    Cli.Run run = Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Cli.names(dir.resolve("run"))).containsExactly("report.html");
    assertThat(dir.resolve("run/report.html")).hasContent("old");
  }

  private static AbstractStringAssert<?> assertSelfContained(Path report) throws Exception {
    String html = Files.readString(report);
    return assertThat(html).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:").doesNotContain("src=\"http");
  }
}
