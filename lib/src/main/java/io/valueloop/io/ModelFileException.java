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

  /** The problems kept, in file and line order. */
  private final List<Problem> problems;
  /** How many problems were found, kept or not. */
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
   * @param line the line the record or value starts on, counting from 1; 0 for a problem of the chain that no one
   *     line holds (a loop of flows)
   * @param column the column the value starts at, counting from 1; 0 where the format has no columns (CSV records)
   * @param field the column's name or the value's JSON pointer ({@code /flows/12/terms/price}), or empty when the
   *     problem is the whole record's or file's
   * @param message what is wrong, of the form {@code <what> must be <rule> but was <value>}
   * @serial exclude
   */
  public record Problem(String file, int line, int column, String field, String message) implements Serializable {
    /**
     * Checks that no component is null.
     *
     * @param file the file's name
     * @param line the line, counting from 1, or 0
     * @param column the column, counting from 1, or 0
     * @param field the column's name or the value's JSON pointer, or empty
     * @param message what is wrong
     */
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    /**
     * Creates a problem without a column.
     *
     * @param file the file's name as given to the reader
     * @param line the line, counting from 1, or 0
     * @param field the column's name, or empty
     * @param message what is wrong
     */
    public Problem(String file, int line, String field, String message) {
      this(file, line, 0, field, message);
    }

    /**
     * Returns {@code file:line:column: field: message}, without the line when it is 0, the column when it is 0 and
     * the field when it is empty.
     */
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "") + ": "
          + (field.isEmpty() ? "" : field + ": ") + message;
    }
  }

  /**
   * Returns the problems found, in file and line order. At most the first 10,000 are kept; {@link #problemCount()}
   * tells how many there were in all.
   *
   * @return the kept problems, in file and line order
   */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return how many problems were found, including any not kept in {@link #problems()}} */
  public long problemCount() {
    return problemCount;
  }
}
