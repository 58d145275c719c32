package io.valueloop.model;

/**
 * The terms of a data flow: demand signals or feedback reach the target {@code delay} ticks after the
 * source observes them. A chain of data flows from consumers to a supply platform is the closing step
 * of S2B2C2S2B.
 *
 * @param delay the delay, in ticks; must be non-negative
 */
public record DataTerms(int delay) implements FlowTerms {

  /**
   * Returns data terms with the given delay.
   *
   * @param delay the delay in ticks
   * @return the terms
   */
  public static DataTerms of(int delay) {
    return new DataTerms(delay);
  }

  @Override
  public FlowKind kind() {
    return FlowKind.DATA;
  }
}
