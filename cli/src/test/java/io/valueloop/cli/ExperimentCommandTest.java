package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentCommandTest extends SampleStudy {

  @Test
  void sample_writesValuesAndSummaryWithIntervals() throws Exception {
    Cli.Run run = Cli.run("experiment", dir.resolve("experiment.json"), "--out", dir.resolve("results"),
        "--progress", "lines");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> summary = Files.readAllLines(dir.resolve("results/summary.csv"));
    assertThat(summary.get(0)).isEqualTo("scenario,measure,n,mean,sd,se,ciLow,ciHigh,level");
    assertThat(summary).hasSize(1 + 4 * 3);
    assertThat(dir.resolve("results/values.csv")).content().startsWith("scenario,replication,measure,value\n");
    assertThat(run.out()).contains("ciLow", "bullwhip S");
    assertThat(run.err()).contains("progress: ").contains("runs").doesNotContain("\r");
  }

  @Test
  void sweep_givesBitIdenticalSummariesOnOneAndFourThreads() throws Exception {
    Cli.Run one = Cli.run("experiment", dir.resolve("experiment.json"), "--out", dir.resolve("one"),
        "--threads", 1, "--progress", "none");
    Cli.Run four = Cli.run("experiment", dir.resolve("experiment.json"), "--out", dir.resolve("four"),
        "--threads", 4, "--progress", "none");

    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(four.exitCode()).as(four.err()).isZero();
    assertThat(one.err()).isEmpty();
    assertThat(dir.resolve("four/summary.csv")).hasSameBinaryContentAs(dir.resolve("one/summary.csv"));
    assertThat(dir.resolve("four/values.csv")).hasSameBinaryContentAs(dir.resolve("one/values.csv"));
  }

  @Test
  void badExperiment_printsProblemsAndWritesNothing() throws Exception {
    Files.writeString(dir.resolve("experiment.json"), Files.readString(dir.resolve("experiment.json"))
        .replace("\"replications\": 10", "\"replications\": 0").replace("\"bullwhip S\",", "\"bullwhip X\","));

    Cli.Run run = Cli.run("experiment", dir.resolve("experiment.json"), "--out", dir.resolve("results"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).containsPattern("experiment\\.json:\\d+:\\d+: ");
    assertThat(Cli.names(dir)).containsExactly("chain.json", "experiment.json", "scenario.json");
  }

  @Test
  void zeroThreads_isAUsageError() {
    Cli.Run run = Cli.run("experiment", dir.resolve("experiment.json"), "--out", dir.resolve("results"),
        "--threads", 0);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--threads");
  }
}
