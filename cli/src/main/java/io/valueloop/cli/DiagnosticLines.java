package io.valueloop.cli;

import io.valueloop.sim.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** How the command line shows what a simulation found doubtful in its set-up: lines on the error stream, a table. */
final class DiagnosticLines {
  private DiagnosticLines() {}

  /**
   * Prints each diagnostic as one line, {@code warning: MESSAGE} or {@code info: MESSAGE}.
   *
   * @param diagnostics the diagnostics
   * @param where what ran, put in brackets after the message ({@code null} for nothing)
   * @param err the error stream
   */
  static void print(List<Diagnostic> diagnostics, String where, PrintWriter err) {
    for (Diagnostic diagnostic : diagnostics) {
      err.println(severity(diagnostic) + ": " + diagnostic.message() + (where == null ? "" : " (" + where + ")"));
    }
    err.flush();
  }

  /**
   * Writes the diagnostics as a tidy table, one row each: severity, code, actor (empty for the whole chain), message.
   *
   * @param diagnostics the diagnostics
   * @param file the CSV file
   * @throws IOException if the file cannot be written
   */
  static void write(List<Diagnostic> diagnostics, Path file) throws IOException {
    try (CsvTable table = CsvTable.create(file, "severity", "code", "actor", "message")) {
      for (Diagnostic diagnostic : diagnostics) {
        table.row(severity(diagnostic), diagnostic.code().name(), diagnostic.actorId().orElse(null),
            diagnostic.message());
      }
    }
  }

  private static String severity(Diagnostic diagnostic) {
    return diagnostic.severity().name().toLowerCase(Locale.ROOT);
  }
}
