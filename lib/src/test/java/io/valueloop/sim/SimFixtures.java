package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;

/** The small chains and scenario set-ups that several simulation tests share. */
final class SimFixtures {
  private SimFixtures() {}

  /**
   * Returns the builder of the serial chain s (a source holding {@code sourceStock}) -> b (a business holding
   * {@code businessStock}) -> c (a consumer segment of demand {@code demand}), to add actors or flows to.
   */
  static ValueChain.Builder serialBuilder(double sourceStock, double businessStock, double demand,
      GoodsTerms upstream, GoodsTerms downstream) {
    return ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(sourceStock).build())
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(businessStock).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(demand).build())
        .trade("s", "b", upstream)
        .trade("b", "c", downstream);
  }

  /** Returns the compiled serial chain of {@link #serialBuilder}. */
  static CompiledChain serial(double sourceStock, double businessStock, double demand, GoodsTerms upstream,
      GoodsTerms downstream) {
    return CompiledChain.compile(serialBuilder(sourceStock, businessStock, demand, upstream, downstream).build());
  }

  /** Returns the chain {@code seller -> c}: one trade (price 1, lead time 1, no order delay) to a segment. */
  static CompiledChain shop(Actor seller, double demand) {
    return CompiledChain.compile(ValueChain.builder()
        .actor(seller)
        .actor(Actor.builder().id("c").role(Role.C).demand(demand).build())
        .trade(seller.id(), "c", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .build());
  }

  /** Returns a scenario builder with the conservation check on, recording the given series of every actor. */
  static Scenario.Builder recording(int ticks, Series... series) {
    Scenario.Builder b = Scenario.builder(ticks).steadyStart(false).conservationCheck(true);
    for (Series s : series) {
      b.recordAll(s);
    }
    return b;
  }
}
