package io.valueloop.io;

import io.valueloop.internal.ProblemList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of a read, keeping the first {@link #KEPT} and counting the rest. */
final class Problems {
  /** How many problems are kept; {@link ModelFileException#problems()} states this number in its Javadoc. */
  static final int KEPT = ProblemList.KEPT;

  private final ProblemList<ModelFileException.Problem> list = new ProblemList<>();
  private final Set<ModelFileException.Problem> seen = new HashSet<>();
  /** Problems another read counted but did not keep. */
  private long unkept;

  void add(String file, int line, String field, String message) {
    list.add(new ModelFileException.Problem(file, line, field, message));
  }

  /**
   * Adds a problem with its column, unless the same problem (same place, same message) is among those kept: a value
   * that several readings share (an experiment's base scenario under each variant) is reported once.
   */
  void add(String file, int line, int column, String field, String message) {
    ModelFileException.Problem problem = new ModelFileException.Problem(file, line, column, field, message);
    if (list.kept().size() < KEPT && !seen.add(problem)) {
      return;
    }
    list.add(problem);
  }

  /** Adds the problems of another read (a file that this one names), counting those it did not keep. */
  void addAll(ModelFileException e) {
    for (ModelFileException.Problem problem : e.problems()) {
      add(problem.file(), problem.line(), problem.column(), problem.field(), problem.message());
    }
    unkept += e.problemCount() - e.problems().size();
  }

  long count() {
    return list.count() + unkept;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** Throws the problems kept, by file in the order the files were first named, then by line and column. */
  void throwIfAny() throws ModelFileException {
    if (!list.isEmpty()) {
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
    List<ModelFileException.Problem> kept = list.kept();
    List<String> files = new ArrayList<>();
    for (ModelFileException.Problem problem : kept) {
      if (!files.contains(problem.file())) {
        files.add(problem.file());
      }
    }
    kept.sort(Comparator.comparingInt((ModelFileException.Problem problem) -> files.indexOf(problem.file()))
        .thenComparingInt(ModelFileException.Problem::line)
        .thenComparingInt(ModelFileException.Problem::column));
    return new ModelFileException(kept, count() + uncounted, cause);
  }
}
