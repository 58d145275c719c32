package io.valueloop.cli;

import io.valueloop.io.ModelFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a command's input files, going on past a file with problems so that the problems of every file are reported
 * at once; {@link #check()} then throws them together.
 */
final class FileProblems {
  private final List<ModelFileException> failures = new ArrayList<>();

  /** Something that reads one file. */
  @FunctionalInterface
  interface Reader<T> {
    T read() throws IOException, ModelFileException;
  }

  /**
   * Reads a file, keeping its problems for {@link #check()}.
   *
   * @param reader what reads the file
   * @return what was read, or null when the file has problems
   * @throws IOException if the file cannot be read at all
   */
  <T> T read(Reader<T> reader) throws IOException {
    try {
      return reader.read();
    } catch (ModelFileException e) {
      failures.add(e);
      return null;
    }
  }

  /** Returns the files' problems so far, in the order read. */
  List<ModelFileException> failures() {
    return List.copyOf(failures);
  }

  /**
   * Throws the problems of every file read, if any.
   *
   * @throws Found if a file had problems
   */
  void check() throws Found {
    if (!failures.isEmpty()) {
      throw new Found(failures);
    }
  }

  /** The problems of one or more input files. */
  static final class Found extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ModelFileException> failures;

    Found(List<ModelFileException> failures) {
      super(failures.size() + " files have problems");
      this.failures = List.copyOf(failures);
    }

    /** Returns each file's problems. */
    List<ModelFileException> failures() {
      return failures;
    }
  }
}
