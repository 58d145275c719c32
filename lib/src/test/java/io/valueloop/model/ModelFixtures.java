package io.valueloop.model;

import java.util.List;

/** Chains and helpers shared by the model tests. */
final class ModelFixtures {

  /** The terms of the trades from the platform to the businesses in {@link #closedLoop()}. */
  static final GoodsTerms SUPPLY = GoodsTerms.builder().price(5).leadTime(1).orderDelay(1).build();

  private ModelFixtures() {}

  /**
   * Returns a builder for the closed loop S2B2C2S2B with four actors and eleven flows, whose indices the
   * tests rely on.
   *
   * <pre>
   * actors: 0 s (S), 1 b1 (B), 2 b2 (B), 3 c (C)
   * flows:  0 GOODS s->b1   1 MONEY b1->s   2 GOODS s->b2   3 MONEY b2->s
   *         4 GOODS b1->c (share 0.6)       5 MONEY c->b1
   *         6 GOODS b2->c (share 0.4)       7 MONEY c->b2
   *         8 DATA c->s (delay 2)           9 SERVICE s->b1 (fee 10)
   *        10 SERVICE s->b2 (take rate 0.05 of revenue)
   * </pre>
   */
  static ValueChain.Builder closedLoopBuilder() {
    return ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor("c", Role.C)
        .trade("s", "b1", SUPPLY)
        .trade("s", "b2", SUPPLY)
        .trade("b1", "c", GoodsTerms.builder().price(8).leadTime(0).orderDelay(0).build().withShare(0.6))
        .trade("b2", "c", GoodsTerms.builder().price(9).leadTime(0).orderDelay(0).build().withShare(0.4))
        .data("c", "s", 2)
        .service("s", "b1", ServiceTerms.fee(10))
        .service("s", "b2", ServiceTerms.takeRate(0.05, FeeBase.REVENUE));
  }

  /** Returns the chain of {@link #closedLoopBuilder()}. */
  static ValueChain closedLoop() {
    return closedLoopBuilder().build();
  }

  /**
   * Builds a chain and returns the problems its validation reports.
   *
   * @param builder the builder to build
   * @return the problems of the {@link ChainValidationException}, or an empty list if the chain is valid
   */
  static List<String> problemsOf(ValueChain.Builder builder) {
    try {
      builder.build();
      return List.of();
    } catch (ChainValidationException e) {
      return e.problems();
    }
  }
}
