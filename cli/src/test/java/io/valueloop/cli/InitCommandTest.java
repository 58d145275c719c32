package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir
  Path dir;

  @Test
  void folder_getsThreeSampleFilesThatValidate() throws Exception {
    Cli.Run run = Cli.run("init", dir.resolve("study"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Cli.names(dir.resolve("study"))).containsExactly("chain.json", "experiment.json", "scenario.json");
    assertThat(dir.resolve("study/chain.json")).content().contains("\"kind\": \"chain\"", "\"description\"");
    Cli.Run validated = Cli.run("validate", dir.resolve("study/chain.json"), dir.resolve("study/scenario.json"),
        dir.resolve("study/experiment.json"));
    assertThat(validated.exitCode()).as(validated.err()).isZero();
    assertThat(Cli.names(dir)).containsExactly("study");
  }

  @Test
  void existingFile_isKeptUnlessForced() throws Exception {
    Files.createDirectories(dir.resolve("study"));
    Files.writeString(dir.resolve("study/scenario.json"), "mine");

    Cli.Run refused = Cli.run("init", dir.resolve("study"));

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("scenario.json", "--force");
    assertThat(Cli.names(dir.resolve("study"))).containsExactly("scenario.json");

    Cli.Run forced = Cli.run("init", "--force", dir.resolve("study"));

    assertThat(forced.exitCode()).isZero();
    assertThat(dir.resolve("study/scenario.json")).content().contains("\"kind\": \"scenario\"");
  }

  @Test
  void missingFolder_isAUsageError() {
    assertThat(Cli.run("init").exitCode()).isEqualTo(2);
  }
}
