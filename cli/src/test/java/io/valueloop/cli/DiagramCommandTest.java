package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramCommandTest {
  @TempDir
  Path dir;

  @Test
  void extension_choosesTheFormat() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));

    assertThat(Cli.run("diagram", chain, "-o", dir.resolve("chain.dot")).exitCode()).isZero();
    assertThat(Cli.run("diagram", chain, "-o", dir.resolve("chain.mmd")).exitCode()).isZero();
    assertThat(Cli.run("diagram", chain, "--kinds", "GOODS,DATA", "-o", dir.resolve("chain.graphml")).exitCode())
        .isZero();

    assertThat(dir.resolve("chain.dot")).content().startsWith("digraph");
    assertThat(dir.resolve("chain.mmd")).content().startsWith("flowchart");
    assertThat(dir.resolve("chain.graphml")).content().startsWith("<?xml").doesNotContain("MONEY");
    assertThat(Cli.names(dir)).containsExactly("chain", "chain.dot", "chain.graphml", "chain.mmd");
  }

  @Test
  void unknownExtension_isAUsageErrorAndWritesNothing() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));

    Cli.Run run = Cli.run("diagram", chain, "-o", dir.resolve("chain.png"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".dot", ".mmd", ".graphml");
    assertThat(Cli.names(dir)).containsExactly("chain");
  }

  @Test
  void unknownKind_isAUsageError() throws Exception {
    Cli.Run run = Cli.run("diagram", dir, "--kinds", "GOODS,PEOPLE", "-o", dir.resolve("chain.dot"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("PEOPLE");
  }

  @Test
  void sampleChain_drawsEveryActor() throws Exception {
    Cli.run("init", dir.resolve("study"));

    Cli.Run run = Cli.run("diagram", dir.resolve("study/chain.json"), "-o", dir.resolve("chain.gv"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("chain.gv")).content().contains("Factory", "Supply platform", "Online shop", "Corner shop");
  }
}
