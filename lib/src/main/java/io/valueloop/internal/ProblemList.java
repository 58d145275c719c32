package io.valueloop.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one validation or one read, keeping the first {@link #KEPT} and counting the rest, so
 * that a huge broken input cannot exhaust memory; and formats a list of problems as one exception message.
 * {@code ChainValidationException} and {@code ModelFileException} both state {@link #KEPT} in their Javadoc and
 * both format their message with {@link #format(String, List, long)}.
 *
 * <p>Not thread-safe; not API (the package is not exported).
 *
 * @param <P> the type of one problem
 */
public final class ProblemList<P> {
  /** How many problems are kept: {@value}. */
  public static final int KEPT = 10_000;

  /** How many problems an exception message lists before it says how many more there are: {@value}. */
  public static final int IN_MESSAGE = 50;

  private final List<P> kept = new ArrayList<>();
  private long count;

  /** Creates an empty list. */
  public ProblemList() {}

  /**
   * Adds a problem: keeps it if fewer than {@link #KEPT} are kept, counts it in any case.
   *
   * @param problem the problem
   */
  public void add(P problem) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(problem);
    }
  }

  /**
   * Returns the problems kept, in the order they were added; the list is live and may be sorted in place.
   *
   * @return the kept problems
   */
  public List<P> kept() {
    return kept;
  }

  /**
   * Returns how many problems were added, kept or not.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns whether no problem was added.
   *
   * @return true if the list is empty
   */
  public boolean isEmpty() {
    return count == 0;
  }

  /**
   * Formats problems as an exception message: {@code <heading>: <count> problem(s)}, then one line
   * {@code   - <problem>} for each of the first {@link #IN_MESSAGE}, then {@code   ... and <n> more} when there
   * are more.
   *
   * @param heading what failed, for example {@code invalid value chain}
   * @param problems the problems kept, each written with {@code toString()}
   * @param count how many problems there were in all, at least {@code problems.size()}
   * @return the message
   */
  public static String format(String heading, List<?> problems, long count) {
    StringBuilder text = new StringBuilder(heading).append(": ").append(count)
        .append(count == 1 ? " problem" : " problems");
    int shown = Math.min(problems.size(), IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      text.append(System.lineSeparator()).append("  - ").append(problems.get(i));
    }
    if (count > shown) {
      text.append(System.lineSeparator()).append("  ... and ").append(count - shown).append(" more");
    }
    return text.toString();
  }
}
