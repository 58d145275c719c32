package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {
  @TempDir
  Path dir;

  @Test
  void chain_writesStatementsAndValueCaptureThatAddUpToOne() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));

    Cli.Run run = Cli.run("solve", chain, "--out", dir.resolve("steady"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Consumer spend per tick: ").contains("profit share");
    assertThat(Files.readAllLines(dir.resolve("steady/statements.csv"))).hasSize(1 + 15)
        .first().isEqualTo("actor,role,output,revenue,purchases,feesPaid,feesReceived,ownCost,profit,"
            + "valueCaptureShare");
    List<String> capture = Files.readAllLines(dir.resolve("steady/value-capture.csv"));
    assertThat(capture.get(0)).isEqualTo("role,actors,profitShare,costShare");
    double total = capture.stream().skip(1).map(line -> line.split(","))
        .mapToDouble(cells -> Double.parseDouble(cells[2]) + Double.parseDouble(cells[3])).sum();
    assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Cli.names(dir)).containsExactly("chain", "steady");
  }

  @Test
  void existingOut_keepsOtherFilesAndReplacesTheTables() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));
    Files.createDirectories(dir.resolve("steady"));
    Files.writeString(dir.resolve("steady/notes.txt"), "mine");
    Files.writeString(dir.resolve("steady/statements.csv"), "old");

    Cli.Run run = Cli.run("solve", chain, "--out", dir.resolve("steady"));

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.names(dir.resolve("steady"))).containsExactly("notes.txt", "report.html", "statements.csv",
        "value-capture.csv");
    assertThat(dir.resolve("steady/statements.csv")).content().startsWith("actor,");
  }

  @Test
  void outIsAFile_isAProblemAndWritesNothing() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));
    Files.writeString(dir.resolve("steady"), "a file");

    Cli.Run run = Cli.run("solve", chain, "--out", dir.resolve("steady"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("steady: not a folder");
    assertThat(Cli.names(dir)).containsExactly("chain", "steady");
  }

  @Test
  void invalidChain_printsProblemsAndWritesNothing() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));
    Files.writeString(chain.resolve("actors.csv"), Files.readString(chain.resolve("actors.csv")) + "m0,M\n");

    Cli.Run run = Cli.run("solve", chain, "--out", dir.resolve("steady"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("actors.csv:");
    assertThat(Cli.names(dir)).containsExactly("chain");
  }

  @Test
  void sampleChain_printsTheSharesItWrites() throws Exception {
    Cli.run("init", dir);

    Cli.Run run = Cli.run("solve", dir.resolve("chain.json"), "--out", dir.resolve("steady"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Consumer spend per tick: 300.00");
    assertThat(dir.resolve("steady/value-capture.csv")).content().startsWith("role,actors,profitShare,costShare\nS,1,");
  }

  @Test
  void missingOut_isAUsageError() {
    Cli.Run run = Cli.run("solve", dir);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out");
  }
}
