package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class FailuresTest {

  @Test
  void libraryRejection_isOneLineAndExitCodeOne() {
    Cli.Run run = execute(() -> {
      throw new IllegalArgumentException("ticks must be positive but was 0");
    });

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("failing: ticks must be positive but was 0" + System.lineSeparator());
  }

  @Test
  void bug_printsTheStackTraceToReport() {
    Cli.Run run = execute(() -> {
      throw new NullPointerException("oops");
    });

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("failing: internal error, please report it").contains("NullPointerException",
        "at io.valueloop.cli.FailuresTest");
  }

  @Test
  void unreadableFile_namesTheFileAndTheReason() {
    Cli.Run run = execute(() -> {
      throw new AccessDeniedException("study/chain.json");
    });

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("failing: study/chain.json: permission denied" + System.lineSeparator());
  }

  @Test
  void describe_saysWhatIsWrongWithWhichFile() {
    assertThat(Failures.describe(new NoSuchFileException("a.json"))).isEqualTo("a.json: no such file or folder");
    assertThat(Failures.describe(new FileSystemException("b", null, "disk full"))).isEqualTo("b: disk full");
    assertThat(Failures.describe(new IOException("stream closed"))).isEqualTo("stream closed");
  }

  private static Cli.Run execute(Callable<Integer> body) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Failing(body));
    commandLine.setExecutionExceptionHandler(Failures::execution);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return new Cli.Run(commandLine.execute(), out.toString(), err.toString());
  }

  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    private final Callable<Integer> body;

    Failing(Callable<Integer> body) {
      this.body = body;
    }

    @Override
    public Integer call() throws Exception {
      return body.call();
    }
  }
}
