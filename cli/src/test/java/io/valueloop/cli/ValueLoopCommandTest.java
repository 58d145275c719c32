package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueLoopCommandTest {

  @Test
  void version_printsTheBuildVersionAndJava() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("valueloop ").contains("Java 17");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void help_listsEveryCommandAndTheExitCodes() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("init", "new", "validate", "analyse", "solve", "simulate", "experiment",
        "convert", "diagram", "Exit codes: 0 success, 1 a problem with your files, 2 a usage error.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"init", "new", "validate", "analyse", "solve", "simulate", "experiment", "convert",
      "diagram"})
  void commandHelp_exitsZeroWithUsage(String command) {
    Cli.Run run = Cli.run(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: valueloop " + command);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void commandVersion_printsTheVersionToo() {
    Cli.Run run = Cli.run("simulate", "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("valueloop ");
  }

  @Test
  void noCommand_isAUsageError() {
    Cli.Run run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("a command is required", "Try 'valueloop --help'");
  }

  @Test
  void unknownCommand_isAUsageErrorWithASuggestion() {
    Cli.Run run = Cli.run("simulat");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("simulat", "simulate");
  }

  @Test
  void unknownOption_isAUsageError() {
    Cli.Run run = Cli.run("solve", "chain", "--out", "x", "--fast");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--fast", "Try 'valueloop solve --help'");
  }
}
