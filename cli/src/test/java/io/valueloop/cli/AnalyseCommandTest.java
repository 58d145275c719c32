package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {
  @TempDir
  Path dir;

  @Test
  void chain_printsItsStructure() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));

    Cli.Run run = Cli.run("analyse", chain);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Business models realised:", "S2B2C2S2B", "Depth", "Articulation points",
        "Busiest actors", "Bottlenecks", "Concentration");
    assertThat(Cli.names(dir)).containsExactly("chain");
  }

  @Test
  void out_writesTheStructureAsTables() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));

    Cli.Run run = Cli.run("analyze", chain, "--out", dir.resolve("structure"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Cli.names(dir.resolve("structure"))).containsExactly("structure-actors.csv", "structure-codes.csv",
        "structure-cut-flows.csv", "structure-roles.csv", "structure-suppliers.csv", "structure.csv");
    List<String> actors = Files.readAllLines(dir.resolve("structure/structure-actors.csv"));
    assertThat(actors.get(0)).isEqualTo("actor,role,tier,throughput,throughputShare,articulationPoint,"
        + "onLongestPath,capacityInCut,demandInCut");
    assertThat(actors).hasSize(1 + 1 + 2 + 4 + 8);
    assertThat(dir.resolve("structure/structure.csv")).content().startsWith("measure,value\nactors,15\n");
    assertThat(dir.resolve("structure/structure-codes.csv")).content().contains("\nS2B2C2S2B,");
    assertThat(Cli.names(dir)).containsExactly("chain", "structure");
  }

  @Test
  void sampleChain_realisesTheClosedLoop() throws Exception {
    Cli.run("init", dir);

    Cli.Run run = Cli.run("analyse", dir.resolve("chain.json"), "--out", dir.resolve("structure"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("S2B2C2S2B  via s > b1 > c1 > s > b1", "Depth (goods flows, producer to consumer): 3");
    assertThat(dir.resolve("structure/structure-roles.csv")).content().contains("\nS,1,1.0\n");
  }

  @Test
  void brokenChain_isAProblemWithTheFilesAndWritesNothing() throws Exception {
    Files.writeString(dir.resolve("chain.json"), "{\"format\": \"valueloop/1\", \"kind\": \"chain\"}");

    Cli.Run run = Cli.run("analyse", dir.resolve("chain.json"), "--out", dir.resolve("structure"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).containsPattern("chain\\.json:\\d+:\\d+: ");
    assertThat(Cli.names(dir)).containsExactly("chain.json");
  }
}
