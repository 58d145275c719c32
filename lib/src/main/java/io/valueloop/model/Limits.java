package io.valueloop.model;

/**
 * The magnitude bounds that a chain's validation ({@link ValueChain.Builder#build()}) and the simulation's events
 * hold inputs to, so that the quantities derived from them stay finite doubles.
 *
 * <p><b>Bounds.</b>
 * <ul>
 *   <li>Every amount of an actor or a flow — price, demand, unit, holding and backlog cost, initial inventory,
 *       finite capacity, service fee — is at most {@link #MAX_AMOUNT} ({@value #MAX_AMOUNT}) in magnitude
 *       (capacities may also be {@link Double#POSITIVE_INFINITY}, for none).</li>
 *   <li>An input coefficient is at most {@link #MAX_INPUT_COEFFICIENT} ({@value #MAX_INPUT_COEFFICIENT}).</li>
 *   <li>A capacity or demand shock factor of a simulation event is at most {@link #MAX_SHOCK_FACTOR}
 *       ({@value #MAX_SHOCK_FACTOR}).</li>
 * </ul>
 *
 * <p><b>Why these.</b> A product of an amount, a price and a cost stays below {@code 1e36}, and each tier of input
 * coefficients multiplies a gross output by at most {@code 1e6}, so money on a chain some forty tiers deep is
 * still far below the largest double ({@code 1.8e308}); units, money and costs summed over {@code 2^31} ticks and
 * millions of actors gain at most another {@code 1e16}. Chains deeper than that with every coefficient at its
 * bound, or loops that amplify, can still overflow: the computations then stop with an
 * {@link ArithmeticException} naming the actor and the quantity instead of answering {@code Infinity} or
 * {@code NaN} (see {@code SteadyStateSolver} and {@code LeontiefInverse}).
 *
 * <p>Constants only.
 */
public final class Limits {
  /** The largest magnitude of any amount of an actor or a flow: {@value}. */
  public static final double MAX_AMOUNT = 1e12;

  /** The largest input coefficient of a goods flow: {@value}. */
  public static final double MAX_INPUT_COEFFICIENT = 1e6;

  /** The largest factor of a capacity or demand shock: {@value}. */
  public static final double MAX_SHOCK_FACTOR = 1e6;

  private Limits() {}

  /**
   * Returns whether a value is an amount within the bounds: finite, non-negative and at most {@link #MAX_AMOUNT}.
   *
   * @param value the value
   * @return whether {@code 0 <= value <= MAX_AMOUNT}
   */
  public static boolean isAmount(double value) {
    return value >= 0 && value <= MAX_AMOUNT;
  }
}
