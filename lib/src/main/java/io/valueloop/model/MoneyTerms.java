package io.valueloop.model;

/**
 * The terms of a money flow. A money flow from {@code j} to {@code i} pays for the goods flow from
 * {@code i} to {@code j} at that flow's price; it has no parameters of its own, so there is one
 * instance, {@link #PAYMENT}.
 */
public enum MoneyTerms implements FlowTerms {
  /** Payment for the reciprocal goods flow, at its price. */
  PAYMENT;

  @Override
  public FlowKind kind() {
    return FlowKind.MONEY;
  }
}
