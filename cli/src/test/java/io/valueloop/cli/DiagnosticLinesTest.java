package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a run finds doubtful in its set-up, on the error stream and in diagnostics.csv. */
class DiagnosticLinesTest extends SampleStudy {

  /** Sharing stays on in the sample scenario, but no consumer's demand data reaches the platform any more. */
  @BeforeEach
  void dataFromTheShopsNotTheConsumers() throws Exception {
    Files.writeString(dir.resolve("chain.json"), Files.readString(dir.resolve("chain.json"))
        .replace("\"source\": \"c1\", \"target\": \"s\", \"kind\": \"DATA\"",
            "\"source\": \"b1\", \"target\": \"s\", \"kind\": \"DATA\"")
        .replace("\"source\": \"c2\", \"target\": \"s\", \"kind\": \"DATA\"",
            "\"source\": \"b2\", \"target\": \"s\", \"kind\": \"DATA\"")
        .replace("\"source\": \"c3\", \"target\": \"s\", \"kind\": \"DATA\"",
            "\"source\": \"m1\", \"target\": \"s\", \"kind\": \"DATA\""));
  }

  @Test
  void simulate_sharingWithoutADataPath_printsAndWritesTheDiagnostic() throws Exception {
    Cli.Run run = Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).startsWith("info: information sharing is on").contains("no DATA path");
    assertThat(run.out()).doesNotContain("information sharing");
    List<String> lines = Files.readAllLines(dir.resolve("run/diagnostics.csv"));
    assertThat(lines.get(0)).isEqualTo("severity,code,actor,message");
    assertThat(lines.subList(1, lines.size())).isNotEmpty()
        .allMatch(line -> line.startsWith("info,SHARING_WITHOUT_DATA_PATH,"));
  }

  @Test
  void simulate_samples_writeAnEmptyTableAndPrintNothing() throws Exception {
    Cli.run("init", dir, "--force");

    Cli.Run run = Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(dir.resolve("run/diagnostics.csv")).hasContent("severity,code,actor,message");
  }

  @Test
  void experiment_reportsEachScenarioWithDiagnosticsOnce() throws Exception {
    Cli.Run run = Cli.run("experiment", dir.resolve("experiment.json"), "--out", dir.resolve("study"),
        "--progress", "none");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.err().lines().filter(line -> line.startsWith("info: ")).toList();
    assertThat(lines).isNotEmpty().allMatch(line -> line.contains("(scenario loop on"))
        .doesNotHaveDuplicates();
  }
}
