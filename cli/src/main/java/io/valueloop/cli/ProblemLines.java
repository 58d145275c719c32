package io.valueloop.cli;

import io.valueloop.io.ModelFileException.Problem;

/** Formats a problem of a model file as one line a person or an editor can follow: {@code FILE:LINE:COLUMN: what}. */
final class ProblemLines {
  private ProblemLines() {}

  /**
   * Returns {@code FILE:LINE:COLUMN: field: message}, the field a JSON pointer or a CSV column's name; the line and
   * column are 0 when no one place holds the problem (a loop of flows), and the field is left out when the problem is
   * a whole record's. Unlike {@code Problem.toString()}, the line and column are always there, for editors and tools.
   */
  static String format(Problem problem) {
    return problem.file() + ":" + problem.line() + ":" + problem.column() + ": "
        + (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message();
  }
}
