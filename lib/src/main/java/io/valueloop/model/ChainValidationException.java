package io.valueloop.model;

import io.valueloop.internal.ProblemList;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown by {@link ValueChain.Builder#build()} when a chain is invalid. It reports every problem found,
 * not just the first: each problem is one sentence of the form
 * {@code <what> must be <rule> but was <value> (<actor or flow>)}.
 */
public final class ChainValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Each problem with the actor or flow at fault. */
  private final List<Problem> details;
  /** The problems' sentences, in the order found. */
  private final List<String> problems;
  /** How many problems were found, kept or not. */
  private final long problemCount;

  ChainValidationException(List<Problem> details, long problemCount) {
    this(details, details.stream().map(Problem::message).toList(), problemCount);
  }

  private ChainValidationException(List<Problem> details, List<String> problems, long problemCount) {
    super(ProblemList.format("invalid value chain", problems, problemCount));
    this.details = List.copyOf(details);
    this.problems = problems;
    this.problemCount = problemCount;
  }

  /**
   * One problem and where it is, for tools that point back at their input (a file reader shows the line of the
   * actor or flow at fault). Immutable, with value equality.
   */
  public static final class Problem implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The parameter or rule at fault, or empty. */
    private final String what;
    /** The problem's sentence. */
    private final String message;
    /** The index of the actor at fault, or -1. */
    private final int actor;
    /** The index of the flow at fault, or -1. */
    private final int flow;

    Problem(String what, String message, int actor, int flow) {
      this.what = Objects.requireNonNull(what, "what");
      this.message = Objects.requireNonNull(message, "message");
      this.actor = actor;
      this.flow = flow;
    }

    /**
     * Returns the parameter or rule at fault, as the message starts with it (for example {@code price} or
     * {@code flow target}); empty for problems phrased otherwise.
     *
     * @return the parameter or rule at fault, or empty
     */
    public String what() {
      return what;
    }

    /** {@return the problem's sentence, as {@link ChainValidationException#problems()} gives it} */
    public String message() {
      return message;
    }

    /** {@return the index, in the order the builder was given them, of the one actor at fault, if there is one} */
    public OptionalInt actor() {
      return actor < 0 ? OptionalInt.empty() : OptionalInt.of(actor);
    }

    /** {@return the index, in the order the builder was given them, of the one flow at fault, if there is one} */
    public OptionalInt flow() {
      return flow < 0 ? OptionalInt.empty() : OptionalInt.of(flow);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Problem p && what.equals(p.what) && message.equals(p.message) && actor == p.actor
          && flow == p.flow;
    }

    @Override
    public int hashCode() {
      return Objects.hash(what, message, actor, flow);
    }

    @Override
    public String toString() {
      return message + (actor >= 0 ? " [actor #" + actor + "]" : "") + (flow >= 0 ? " [flow #" + flow + "]" : "");
    }
  }

  /**
   * Returns the problems found, in the order they were found. At most the first 10,000 are kept;
   * {@link #problemCount()} tells how many there were in all.
   *
   * @return the kept problems, in the order they were found
   */
  public List<String> problems() {
    return problems;
  }

  /** {@return the problems of {@link #problems()}, in the same order, with the actor or flow each is about} */
  public List<Problem> details() {
    return details;
  }

  /** {@return how many problems were found, including any not kept in {@link #problems()}} */
  public long problemCount() {
    return problemCount;
  }
}
