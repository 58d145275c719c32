package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulateCommandTest extends SampleStudy {

  @Test
  void samples_writeMetricsPerActorAndRoleAndTheRecordedSeries() throws Exception {
    Cli.Run run = Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("role  actors").contains("\nS ");
    List<String> metrics = Files.readAllLines(dir.resolve("run/metrics.csv"));
    assertThat(metrics.get(0)).isEqualTo("level,actor,role,actors,bullwhip,orderVariance,demandVariance,fillRate,"
        + "meanOnHand,meanBacklog,revenue,cost,profit,valueCaptureShare");
    assertThat(metrics).anyMatch(line -> line.startsWith("role,,S,1,"))
        .anyMatch(line -> line.startsWith("actor,s,S,1,"))
        .filteredOn(line -> line.startsWith("actor,")).hasSize(7);
    assertThat(dir.resolve("run/series.csv")).content().startsWith("tick,actor,series,value\n0,");
  }

  @Test
  void sameFiles_giveTheSameTables() throws Exception {
    Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out", dir.resolve("a"));
    Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out", dir.resolve("b"));

    assertThat(dir.resolve("a/metrics.csv")).hasSameBinaryContentAs(dir.resolve("b/metrics.csv"));
    assertThat(dir.resolve("a/series.csv")).hasSameBinaryContentAs(dir.resolve("b/series.csv"));
  }

  @Test
  void csvChain_runsTheSameAsItsJson() throws Exception {
    assertThat(Cli.run("convert", dir.resolve("chain.json"), dir.resolve("tables")).exitCode()).isZero();

    Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out", dir.resolve("a"));
    Cli.run("simulate", dir.resolve("tables"), dir.resolve("scenario.json"), "--out", dir.resolve("b"));

    assertThat(dir.resolve("a/metrics.csv")).hasSameBinaryContentAs(dir.resolve("b/metrics.csv"));
  }

  @Test
  void badChainAndScenario_reportBothFilesAndWriteNothing() throws Exception {
    Files.writeString(dir.resolve("chain.json"),
        Files.readString(dir.resolve("chain.json")).replace("\"price\": 6", "\"price\": -6"));
    Files.writeString(dir.resolve("scenario.json"),
        Files.readString(dir.resolve("scenario.json")).replace("\"warmUp\": 50", "\"warmup\": 50"));

    Cli.Run run = Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).containsPattern("chain\\.json:\\d+:\\d+: ").containsPattern("scenario\\.json:\\d+:\\d+: ");
    assertThat(Cli.names(dir)).containsExactly("chain.json", "experiment.json", "scenario.json");
  }

  @Test
  void scenarioNamingAnUnknownActor_isAProblemWithTheFiles() throws Exception {
    Files.writeString(dir.resolve("scenario.json"),
        Files.readString(dir.resolve("scenario.json")).replace("\"segmentId\": \"c1\"", "\"segmentId\": \"c9\""));

    Cli.Run run = Cli.run("simulate", dir.resolve("chain.json"), dir.resolve("scenario.json"), "--out",
        dir.resolve("run"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("c9");
    assertThat(Cli.names(dir)).containsExactly("chain.json", "experiment.json", "scenario.json");
  }

  @Test
  void missingScenario_isAUsageError() {
    assertThat(Cli.run("simulate", dir.resolve("chain.json"), "--out", dir.resolve("run")).exitCode()).isEqualTo(2);
  }
}
