package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest extends SampleStudy {

  @Test
  void goodFiles_areReportedOkOnStandardOutput() {
    Path chain = Cli.csvChain(dir.resolve("tables"));

    Cli.Run run = Cli.run("validate", dir.resolve("chain.json"), dir.resolve("scenario.json"),
        dir.resolve("experiment.json"), chain);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(4)
        .allMatch(line -> line.contains(": ok, "))
        .anyMatch(line -> line.endsWith("a chain"))
        .anyMatch(line -> line.endsWith("a scenario"))
        .anyMatch(line -> line.endsWith("an experiment"))
        .anyMatch(line -> line.matches(".*tables: ok, a chain of 15 actors and \\d+ flows"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void badFiles_printEveryProblemWithFileLineAndColumn() throws Exception {
    String chain = Files.readString(dir.resolve("chain.json"));
    Files.writeString(dir.resolve("chain.json"), chain.replace("\"leadTime\": 2", "\"leadTme\": 2")
        .replace("\"demand\": 12", "\"demand\": -12"));
    String scenario = Files.readString(dir.resolve("scenario.json"));
    Files.writeString(dir.resolve("scenario.json"), scenario.replace("\"ticks\": 200", "\"ticks\": \"many\""));

    Cli.Run run = Cli.run("validate", dir.resolve("chain.json"), dir.resolve("scenario.json"),
        dir.resolve("experiment.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines().filter(line -> line.matches(".*chain\\.json:\\d+:\\d+: .*"))).hasSizeGreaterThan(1);
    assertThat(run.err()).contains("leadTime").containsPattern("scenario\\.json:\\d+:\\d+: .*ticks");
    assertThat(run.err()).contains("files have problems");
  }

  @Test
  void missingFile_isAProblemWithTheFiles() {
    Cli.Run run = Cli.run("validate", dir.resolve("nothing.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nothing.json");
  }

  @Test
  void noFile_isAUsageError() {
    assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
  }
}
