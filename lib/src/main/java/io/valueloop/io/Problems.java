package io.valueloop.io;

import io.valueloop.internal.ProblemList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of a read, keeping the first {@link #KEPT} and counting the rest. */
final class Problems {
  /** How many problems are kept; {@link ModelFileException#problems()} states this number in its Javadoc. */
  static final int KEPT = ProblemList.KEPT;

  private final ProblemList<ModelFileException.Problem> list = new ProblemList<>();

  void add(String file, int line, String field, String message) {
    list.add(new ModelFileException.Problem(file, line, field, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** Throws the problems kept, by file in the order the files were first named, then by line. */
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
        .thenComparingInt(ModelFileException.Problem::line));
    return new ModelFileException(kept, list.count() + uncounted, cause);
  }
}
