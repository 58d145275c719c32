package io.valueloop.flow;

import java.util.List;

/**
 * Thrown when a goods loop of a chain is not productive: the input–output coefficients around the loop ask for
 * at least as much as it makes, so the spectral radius {@code ρ} of the loop's block of {@code A} is not below 1
 * and {@code x = A x + d} has no non-negative solution (Hawkins and Simon 1949, <i>Econometrica</i> 17;
 * Miller and Blair 2009, ch. 2). The message names one cycle of the loop, its size and bounds on {@code ρ}.
 *
 * <p>Thrown by {@link GoodsEquation} (and everything built on it: the steady state, the simulation's set-up, the
 * throughput analyses) when the equation is prepared, for its own matrix {@code W}: for the steady state
 * {@code W = A}; an equation prepared for another quantity (such as throughput tracing, whose weights are sourcing
 * shares) says so in the message, {@code <quantity> around a goods loop must be convergent (spectral radius below 1)
 * but was … (loop through a, b)}.
 */
public final class UnproductiveChainException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The ids of the actors on the loop, at most a few of them. */
  private final List<String> loop;
  /** The number of actors on the loop. */
  private final int loopSize;
  /** A lower bound of the loop's spectral radius. */
  private final double lowerBound;
  /** An upper bound of the loop's spectral radius. */
  private final double upperBound;

  UnproductiveChainException(List<String> loop, int loopSize, double lowerBound, double upperBound, int iterations,
      String quantity) {
    super(message(loop, loopSize, lowerBound, upperBound, iterations, quantity));
    this.loop = List.copyOf(loop);
    this.loopSize = loopSize;
    this.lowerBound = lowerBound;
    this.upperBound = upperBound;
  }

  /**
   * Returns the ids of the actors of one goods cycle inside the unproductive loop, in shipping order: each ships
   * goods to the next and the last ships to the first.
   *
   * @return the actor ids of the cycle
   */
  public List<String> loop() {
    return loop;
  }

  /** {@return the number of actors in the strongly connected goods component that holds the loop} */
  public int loopSize() {
    return loopSize;
  }

  /** {@return a lower bound on the spectral radius of the loop's block (Collatz–Wielandt)} */
  public double spectralRadiusLowerBound() {
    return lowerBound;
  }

  /** {@return an upper bound on the spectral radius of the loop's block (Collatz–Wielandt); at least 1} */
  public double spectralRadiusUpperBound() {
    return upperBound;
  }

  private static String message(List<String> loop, int loopSize, double lower, double upper, int iterations,
      String quantity) {
    String value = lower >= 1 ? "at least " + lower
        : "not provably below 1: between " + lower + " and " + upper + " after " + iterations + " power iterations";
    if (quantity != null) {
      return quantity + " around a goods loop must be convergent (spectral radius below 1) but was " + value
          + " (loop through " + LoopCheck.list(loop) + ")";
    }
    return "spectral radius of a goods loop must be below 1 but was " + value + " (loop " + LoopCheck.describe(loop)
        + (loopSize > loop.size() ? ", in a strongly connected component of " + loopSize + " actors" : "") + ")";
  }
}
