package io.valueloop.model;

import java.util.List;

/**
 * Thrown by {@link ValueChain.Builder#build()} when a chain is invalid. It reports every problem found,
 * not just the first: each problem is one sentence of the form
 * {@code <what> must be <rule> but was <value> (<actor or flow>)}.
 */
public final class ChainValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 50;

  private final List<String> problems;
  private final long problemCount;

  ChainValidationException(List<String> problems, long problemCount) {
    super(message(problems, problemCount));
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  /**
   * Returns the problems found, in the order they were found. At most the first 10,000 are kept;
   * {@link #problemCount()} tells how many there were in all.
   */
  public List<String> problems() {
    return problems;
  }

  /** Returns how many problems were found, including any not kept in {@link #problems()}. */
  public long problemCount() {
    return problemCount;
  }

  private static String message(List<String> problems, long problemCount) {
    StringBuilder text = new StringBuilder("invalid value chain: ").append(problemCount)
        .append(problemCount == 1 ? " problem" : " problems");
    int shown = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      text.append(System.lineSeparator()).append("  - ").append(problems.get(i));
    }
    if (problemCount > shown) {
      text.append(System.lineSeparator()).append("  ... and ").append(problemCount - shown).append(" more");
    }
    return text.toString();
  }
}
