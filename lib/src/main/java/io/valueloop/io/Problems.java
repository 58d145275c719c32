package io.valueloop.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of a read, keeping the first {@link #KEPT} and counting the rest. */
final class Problems {
  /** How many problems are kept; {@link ModelFileException#problems()} states this number in its Javadoc. */
  static final int KEPT = 10_000;

  private final List<ModelFileException.Problem> kept = new ArrayList<>();
  private final Set<ModelFileException.Problem> seen = new HashSet<>();
  private long count;

  void add(String file, int line, String field, String message) {
    add(file, line, 0, field, message);
  }

  /**
   * Adds a problem, unless the same problem (same place, same message) is among those kept: a value that several
   * readings share (an experiment's base scenario under each variant) is reported once.
   */
  void add(String file, int line, int column, String field, String message) {
    if (kept.size() < KEPT) {
      ModelFileException.Problem problem = new ModelFileException.Problem(file, line, column, field, message);
      if (!seen.add(problem)) {
        return;
      }
      kept.add(problem);
    }
    count++;
  }

  /** Adds the problems of another read (a file that this one names), counting those it did not keep. */
  void addAll(ModelFileException e) {
    for (ModelFileException.Problem problem : e.problems()) {
      add(problem.file(), problem.line(), problem.column(), problem.field(), problem.message());
    }
    count += e.problemCount() - e.problems().size();
  }

  long count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Throws the problems kept, by file in the order the files were first named, then by line. */
  void throwIfAny() throws ModelFileException {
    if (count > 0) {
      throw exception(0, null);
    }
  }

  /**
   * Returns the problems kept, sorted as {@link #throwIfAny()} throws them, as an exception.
   *
   * @param uncounted problems found elsewhere and not added here, counted in the total
   * @param cause what the problems came from, or null
   */
  ModelFileException exception(long uncounted, Throwable cause) {
    List<String> files = new ArrayList<>();
    for (ModelFileException.Problem problem : kept) {
      if (!files.contains(problem.file())) {
        files.add(problem.file());
      }
    }
    kept.sort(Comparator.comparingInt((ModelFileException.Problem problem) -> files.indexOf(problem.file()))
        .thenComparingInt(ModelFileException.Problem::line)
        .thenComparingInt(ModelFileException.Problem::column));
    return new ModelFileException(kept, count + uncounted, cause);
  }
}
