package io.valueloop.flow;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;

/**
 * The two-sector example of Miller and Blair (2009), <i>Input–Output Analysis</i>, 2nd ed., §2.3: sectors 1 and 2
 * with {@code A = [[.15, .25], [.20, .05]]} ({@code a_ij} = input from i per unit output of j), as a chain of two
 * manufacturers with goods self-flows and cross flows (lead time 1, since zero-delay goods loops are invalid).
 */
final class MillerBlair {
  private MillerBlair() {}

  /** Returns the example with final demand {@code d1} for sector 1 and {@code d2} for sector 2. */
  static ValueChain chain(double d1, double d2) {
    return ValueChain.builder()
        .actor(Actor.builder().id("1").role(Role.M).demand(d1).build())
        .actor(Actor.builder().id("2").role(Role.M).demand(d2).build())
        .goods("1", "1", input("from-1", 0.15))
        .goods("2", "1", input("from-2", 0.20))
        .goods("1", "2", input("from-1", 0.25))
        .goods("2", "2", input("from-2", 0.05))
        .build();
  }

  private static GoodsTerms input(String name, double coefficient) {
    return GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withInput(name).withInputCoefficient(coefficient);
  }
}
