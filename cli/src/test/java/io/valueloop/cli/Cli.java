package io.valueloop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the command line in-process with its output and error streams captured. */
final class Cli {
  private Cli() {}

  /** What a run printed and its exit code. */
  record Run(int exitCode, String out, String err) {}

  /** Runs {@code valueloop} with the given arguments; paths are turned into strings. */
  static Run run(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ValueLoopCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] text = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    int exitCode = commandLine.execute(text);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** Writes a small CSV chain from a template into a folder and returns the folder. */
  static Path csvChain(Path folder) {
    Run run = run("new", "S2B2C2S2B", "--count", "M=2", "--count", "B=4", "--count", "C=8", "--seed", "3",
        "-o", folder);
    if (run.exitCode() != 0) {
      throw new AssertionError("cannot make the test chain: " + run.err());
    }
    return folder;
  }

  /** Lists the names in a folder, sorted, hidden ones included. */
  static String[] names(Path folder) throws java.io.IOException {
    try (Stream<Path> files = java.nio.file.Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }
}
