package io.valueloop.io;

import io.valueloop.internal.ProblemList;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when model files cannot be read or hold an invalid chain: it reports every problem found, each with its
 * file, line and field, not just the first. When the chain's validation found the problems, its
 * {@link io.valueloop.model.ChainValidationException} is the cause.
 */
public final class ModelFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;
  private final long problemCount;

  ModelFileException(List<Problem> problems, long problemCount, Throwable cause) {
    super(ProblemList.format("cannot read the model", problems, problemCount), cause);
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  /**
   * One problem in a model file.
   *
   * @param file the file's name as given to the reader
   * @param line the line the record starts on, counting from 1; 0 for a problem of the chain that no one line holds
   *     (a loop of flows)
   * @param field the column's name, or empty when the problem is the whole record's
   * @param message what is wrong, of the form {@code <what> must be <rule> but was <value>}
   */
  public record Problem(String file, int line, String field, String message) implements Serializable {
    /** Checks that no component is null. */
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    /** Returns {@code file:line: field: message}, without the line when it is 0 and the field when it is empty. */
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
  }

  /**
   * Returns the problems found, in file and line order. At most the first 10,000 are kept; {@link #problemCount()}
   * tells how many there were in all.
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Returns how many problems were found, including any not kept in {@link #problems()}. */
  public long problemCount() {
    return problemCount;
  }
}
