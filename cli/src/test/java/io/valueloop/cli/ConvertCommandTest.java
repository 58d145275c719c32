package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import io.valueloop.io.ChainFiles;
import io.valueloop.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir
  Path dir;

  @Test
  void csvToCsv_copiesTheTablesExactly() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));

    Cli.Run run = Cli.run("convert", chain.resolve("actors.csv"), dir.resolve("copy"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("copy/actors.csv")).hasSameTextualContentAs(chain.resolve("actors.csv"));
    assertThat(dir.resolve("copy/flows.csv")).hasSameTextualContentAs(chain.resolve("flows.csv"));
  }

  @Test
  void brokenTables_printEveryProblemAtItsLineAndWriteNothing() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));
    String actors = Files.readString(chain.resolve("actors.csv"));
    Files.writeString(chain.resolve("actors.csv"), actors.replaceFirst(",S,", ",X,"));
    String flows = Files.readString(chain.resolve("flows.csv"));
    Files.writeString(chain.resolve("flows.csv"), flows.replaceFirst(",GOODS,", ",GOOODS,"));

    Cli.Run run = Cli.run("convert", chain, dir.resolve("copy"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .anyMatch(line -> line.matches(".*actors\\.csv:\\d+:\\d+: .*"))
        .anyMatch(line -> line.matches(".*flows\\.csv:\\d+:\\d+: .*"));
    assertThat(Cli.names(dir)).containsExactly("chain");
  }

  @Test
  void missingChain_isAProblemWithTheFiles() throws Exception {
    Cli.Run run = Cli.run("convert", dir.resolve("nothing"), dir.resolve("copy"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nothing").contains("actors.csv and flows.csv");
    assertThat(Cli.names(dir)).isEmpty();
  }

  @Test
  void missingArgument_isAUsageError() {
    Cli.Run run = Cli.run("convert", dir);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("OUT");
  }

  @Test
  void jsonToCsvAndBack_givesAnEqualChain() throws Exception {
    Cli.run("init", dir.resolve("study"));

    Cli.Run toCsv = Cli.run("convert", dir.resolve("study/chain.json"), dir.resolve("tables"));
    Cli.Run toJson = Cli.run("convert", dir.resolve("tables/flows.csv"), dir.resolve("back.json"));

    assertThat(toCsv.exitCode()).as(toCsv.err()).isZero();
    assertThat(toJson.exitCode()).as(toJson.err()).isZero();
    assertThat(ModelFiles.readChain(dir.resolve("back.json")))
        .isEqualTo(ModelFiles.readChain(dir.resolve("study/chain.json")))
        .isEqualTo(ChainFiles.read(dir.resolve("tables/actors.csv"), dir.resolve("tables/flows.csv")));
  }

  @Test
  void otherCsvFile_isRefusedAsAChainName() throws Exception {
    Path chain = Cli.csvChain(dir.resolve("chain"));

    Cli.Run run = Cli.run("convert", chain, dir.resolve("chain.csv"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("must be named by its folder");
    assertThat(Cli.names(dir)).containsExactly("chain");
  }
}
