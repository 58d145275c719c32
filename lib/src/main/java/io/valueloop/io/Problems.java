package io.valueloop.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of a read, keeping the first {@link #KEPT} and counting the rest. */
final class Problems {
  /** How many problems are kept; {@link ModelFileException#problems()} states this number in its Javadoc. */
  static final int KEPT = 10_000;

  private final List<ModelFileException.Problem> kept = new ArrayList<>();
  private long count;

  void add(String file, int line, String field, String message) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(new ModelFileException.Problem(file, line, field, message));
    }
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Throws the problems kept, by file in the order the files were first named, then by line. */
  void throwIfAny() throws ModelFileException {
    if (count > 0) {
      List<String> files = new ArrayList<>();
      for (ModelFileException.Problem problem : kept) {
        if (!files.contains(problem.file())) {
          files.add(problem.file());
        }
      }
      kept.sort(Comparator.comparingInt((ModelFileException.Problem problem) -> files.indexOf(problem.file()))
          .thenComparingInt(ModelFileException.Problem::line));
      throw new ModelFileException(kept, count);
    }
  }
}
