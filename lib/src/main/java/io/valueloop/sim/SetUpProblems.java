package io.valueloop.sim;

import io.valueloop.internal.ProblemList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of setting a scenario's mechanics up on a chain, so that a run refuses a scenario with all
 * its problems at once rather than the first: each part is set up in turn, a part that refuses (an
 * {@link IllegalArgumentException}) adds its problem or problems and the next part still runs; then
 * {@link #throwIfAny()} throws one exception listing them all. Set-up only, never per tick.
 */
final class SetUpProblems {
  private final ProblemList<String> problems = new ProblemList<>();

  /** Returns what {@code part} made, or null after adding its problems if it refused. */
  <T> T take(Supplier<T> part) {
    try {
      return part.get();
    } catch (Refused e) {
      e.problems.forEach(problems::add);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    return null;
  }

  /** Runs {@code check}, adding its problems if it refused. */
  void check(Runnable check) {
    take(() -> {
      check.run();
      return null;
    });
  }

  /** Adds a problem. */
  void add(String problem) {
    problems.add(problem);
  }

  /**
   * Throws if a problem was added: the problem itself if it is the only one, else all of them in one message
   * ({@code invalid scenario for the chain: <n> problems}, one line each).
   */
  void throwIfAny() {
    if (problems.count() == 1) {
      throw new IllegalArgumentException(problems.kept().get(0));
    }
    if (!problems.isEmpty()) {
      throw new Refused(List.copyOf(problems.kept()), problems.count());
    }
  }

  /** A refusal with several problems, which an enclosing collector takes apart again. */
  private static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    Refused(List<String> problems, long count) {
      super(ProblemList.format("invalid scenario for the chain", problems, count));
      this.problems = problems;
    }
  }
}
