package io.valueloop.examples;

import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;

/**
 * The flagship tour: builds a small S2B2C2S2B chain (a factory, a supply platform, two shops, three consumer
 * segments whose demand data flows back to the platform), validates it and prints a summary.
 */
public final class ClosedLoopTour {
  private ClosedLoopTour() {}

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    GoodsTerms retail = GoodsTerms.of(10.0, 1, 0);
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("factory").role(Role.M).unitCost(3.0).build())
        .actor(Actor.builder().id("platform").role(Role.S).holdingCost(0.1).build())
        .actor(Actor.builder().id("shop-online").role(Role.B).build())
        .actor(Actor.builder().id("shop-corner").role(Role.B).build())
        .actor(Actor.builder().id("families").role(Role.C).demand(40).build())
        .actor(Actor.builder().id("students").role(Role.C).demand(25).build())
        .trade("factory", "platform", GoodsTerms.of(4.0, 2, 1))
        .trade("platform", "shop-online", GoodsTerms.of(6.0, 1, 0).withShare(1.0))
        .trade("platform", "shop-corner", GoodsTerms.of(6.0, 1, 0))
        .trade("shop-online", "families", retail.withShare(0.5))
        .trade("shop-corner", "families", retail.withShare(0.5))
        .trade("shop-online", "students", retail)
        .service("platform", "shop-online", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
        .service("platform", "shop-corner", ServiceTerms.fee(20.0))
        .data("families", "platform", 1)
        .data("students", "platform", 1)
        .build();

    System.out.println("ValueLoop closed-loop tour");
    System.out.println("  chain: " + chain);
    for (FlowKind kind : FlowKind.values()) {
      System.out.printf("  %-7s flows: %d%n", kind, chain.flows(kind).size());
    }
  }
}
