package io.valueloop.analysis;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.SerialChain;

/** Small chains shared by the analysis tests; each test works out its answers on them by hand. */
final class Chains {
  /** Goods terms with a one-tick lead time, so that goods loops are valid. */
  static final GoodsTerms GOODS = GoodsTerms.builder().price(1.0).leadTime(1).orderDelay(0).build();

  private Chains() {}

  /** Returns an actor with a role and a capacity. */
  static Actor actor(String id, Role role, double capacity) {
    return Actor.builder().id(id).role(role).capacity(capacity).build();
  }

  /** Returns a consumer segment with a demand per tick. */
  static Actor consumer(String id, double demand) {
    return Actor.builder().id(id).role(Role.C).demand(demand).build();
  }

  /**
   * The diamond s → {b1, b2} → c: c (demand 100) sources its input B 0.3 from b1 and 0.7 from b2.
   *
   * @param sToB1 the capacity of the goods flow s → b1
   * @param b2ToC the capacity of the goods flow b2 → c
   */
  static ValueChain diamond(double sToB1, double b2ToC) {
    return ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor(consumer("c", 100))
        .trade("s", "b1", GOODS.withCapacity(sToB1))
        .trade("s", "b2", GOODS)
        .trade("b1", "c", GOODS.withShare(0.3))
        .trade("b2", "c", GOODS.withShare(0.7).withCapacity(b2ToC))
        .build();
  }

  /** The diamond with unlimited capacities. */
  static ValueChain diamond() {
    return diamond(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * The line m → s → b → c, c with demand 100.
   *
   * @param sCapacity the capacity of s
   * @param bCapacity the capacity of b
   */
  static ValueChain line(double sCapacity, double bCapacity) {
    return SerialChain.of(GOODS, GOODS, GOODS)
        .withActors(Actor.of("m", Role.M), actor("s", Role.S, sCapacity), actor("b", Role.B, bCapacity),
            consumer("c", 100))
        .build();
  }

  /** The line with unlimited capacities. */
  static ValueChain line() {
    return line(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * Two consumer segments: c1 (demand 60) buys from b1; c2 (demand 40) buys half from b1, half from b2; s
   * supplies both businesses.
   */
  static ValueChain twoSegments() {
    return ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor(consumer("c1", 60))
        .actor(consumer("c2", 40))
        .trade("s", "b1", GOODS)
        .trade("s", "b2", GOODS)
        .trade("b1", "c1", GOODS)
        .trade("b1", "c2", GOODS.withShare(0.5))
        .trade("b2", "c2", GOODS.withShare(0.5))
        .build();
  }

  /** b1 and b2 source all their input from each other (a goods loop keeping its whole stream); b1 serves c (100). */
  static ValueChain wholeStreamLoop() {
    return ValueChain.builder()
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor(consumer("c", 100))
        .trade("b2", "b1", GOODS)
        .trade("b1", "b2", GOODS)
        .trade("b1", "c", GOODS)
        .build();
  }

  /**
   * A line of {@code n} actors: manufacturers m0 -> m1 -> ... -> m(n-2), each trading with the next, and m(n-2)
   * selling to c (demand 10).
   */
  static ValueChain deepLine(int n) {
    ValueChain.Builder builder = ValueChain.builder().expectedSize(n, 2 * n);
    for (int i = 0; i < n - 1; i++) {
      builder.actor("m" + i, Role.M);
    }
    builder.actor(consumer("c", 10));
    for (int i = 0; i + 1 < n - 1; i++) {
      builder.trade("m" + i, "m" + (i + 1), GOODS);
    }
    return builder.trade("m" + (n - 2), "c", GOODS).build();
  }
}
