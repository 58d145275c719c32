package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.io.ChainFiles;
import io.valueloop.model.Actor;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.nio.file.Path;
import io.valueloop.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir
  Path dir;

  @Test
  void csvFolder_writesTheTemplatesChainAsTwoTables() throws Exception {
    Cli.Run run = Cli.run("new", "S2B2C", "--count", "B=3", "--count", "C=6", "--seed", "5", "--demand", "12",
        "-o", dir.resolve("chain"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    ValueChain chain = ChainFiles.read(dir.resolve("chain/actors.csv"), dir.resolve("chain/flows.csv"));
    assertThat(chain.actors().stream().filter(actor -> actor.role() == Role.B)).hasSize(3);
    assertThat(chain.actors().stream().filter(actor -> actor.role() == Role.C)).hasSize(6)
        .extracting(Actor::demand).containsOnly(12.0);
    assertThat(Cli.names(dir)).containsExactly("chain");
  }

  @Test
  void sameSeed_writesTheSameTables() throws Exception {
    Cli.run("new", "S2B2C2S2B", "--count", "C=20", "--seed", "9", "-o", dir.resolve("a"));
    Cli.run("new", "S2B2C2S2B", "--count", "C=20", "--seed", "9", "-o", dir.resolve("b"));

    assertThat(dir.resolve("a/flows.csv")).hasSameTextualContentAs(dir.resolve("b/flows.csv"));
    assertThat(dir.resolve("a/actors.csv")).hasSameTextualContentAs(dir.resolve("b/actors.csv"));
  }

  @Test
  void malformedCode_isAUsageErrorAndWritesNothing() throws Exception {
    Cli.Run run = Cli.run("new", "S2X", "-o", dir.resolve("chain"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("S2X").contains("Try 'valueloop new --help'");
    assertThat(Cli.names(dir)).isEmpty();
  }

  @Test
  void negativeCount_isAUsageError() throws Exception {
    Cli.Run run = Cli.run("new", "S2B2C", "--count", "B=-1", "--markup", "-0.5", "-o", dir.resolve("chain"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--count B: ").contains("--markup: ");
    assertThat(Cli.names(dir)).isEmpty();
  }

  @Test
  void unknownRole_isAUsageError() {
    Cli.Run run = Cli.run("new", "S2B2C", "--count", "X=1", "-o", dir.resolve("chain"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'X'");
  }

  @Test
  void missingOutput_isAUsageError() {
    Cli.Run run = Cli.run("new", "S2B2C");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--output");
  }

  @Test
  void jsonFile_readsBackAsTheSameChain() throws Exception {
    Cli.Run json = Cli.run("new", "S2B2C2S2B", "--count", "C=12", "--seed", "4", "--platform-take-rate", "0.1",
        "-o", dir.resolve("chain.json"));
    Cli.run("new", "S2B2C2S2B", "--count", "C=12", "--seed", "4", "--platform-take-rate", "0.1",
        "-o", dir.resolve("tables"));

    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(ModelFiles.readChain(dir.resolve("chain.json")))
        .isEqualTo(ChainFiles.read(dir.resolve("tables/actors.csv"), dir.resolve("tables/flows.csv")));
    assertThat(Cli.names(dir)).containsExactly("chain.json", "tables");
  }

  @Test
  void template_writesASmallFileThatBuildsTheSameChain() throws Exception {
    Cli.Run run = Cli.run("new", "S2B2C2S2B", "--count", "B=40", "--count", "C=400", "--seed", "11",
        "--lead-time", "3", "--online-share", "0.25", "--template", "-o", dir.resolve("template.json"));
    Cli.run("new", "S2B2C2S2B", "--count", "B=40", "--count", "C=400", "--seed", "11",
        "--lead-time", "3", "--online-share", "0.25", "-o", dir.resolve("chain.json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("template.json")).content().contains("\"template\"", "\"leadTime\"")
        .hasLineCount(16);
    assertThat(ModelFiles.readChain(dir.resolve("template.json")))
        .isEqualTo(ModelFiles.readChain(dir.resolve("chain.json")));
    assertThat(Cli.run("validate", dir.resolve("template.json")).exitCode()).isZero();
  }

  @Test
  void templateToCsv_isAUsageError() throws Exception {
    Cli.Run run = Cli.run("new", "S2B2C", "--template", "-o", dir.resolve("tables"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--template needs a .json output");
    assertThat(Cli.names(dir)).isEmpty();
  }
}
