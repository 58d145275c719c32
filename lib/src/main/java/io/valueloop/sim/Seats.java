package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.List;

/**
 * Replicates a small business b, with its trades, into the candidate seats of a segment's role dynamics
 * ({@link Conversion#withCandidates}): the chain holds every seat from the start and is compiled once, so a
 * conversion only flips a seat active.
 */
public final class Seats {
  private Seats() {
  }

  /**
   * Adds {@code cap} copies of a template b to a chain: actor {@code template.id() + "-" + j} for {@code j = 0 ..
   * cap - 1}, each buying from the supplier on {@code supply} terms and selling to the segment on {@code sale}
   * terms with {@code sale.share() / cap} of the segment's demand in the chain. The segment's other sellers (the
   * incumbents) must then hold shares adding to {@code 1 - sale.share()}. In a run, the seats' shares are replaced
   * by the conversion's takeover share while active and zero while dormant.
   *
   * @param chain the chain builder, which must already hold the segment and the supplier
   * @param segmentId the consumer segment's id
   * @param supplierId the seats' supplier's id (for example the supply platform)
   * @param template the b actor to copy: role, costs, capacity, initial inventory and attributes
   * @param supply the terms of each seat's purchases from the supplier
   * @param sale the terms of each seat's sales to the segment; its share is split among the seats
   * @param cap the number of seats, positive
   * @return the seats' ids, in order, for {@link Conversion#withCandidates}
   * @throws IllegalArgumentException if cap is not positive
   */
  public static List<String> add(ValueChain.Builder chain, String segmentId, String supplierId, Actor template,
      GoodsTerms supply, GoodsTerms sale, int cap) {
    Preconditions.positive("cap", cap);
    List<String> ids = new ArrayList<>(cap);
    GoodsTerms each = sale.withShare(sale.share() / cap);
    for (int j = 0; j < cap; j++) {
      String id = template.id() + "-" + j;
      chain.actor(Actor.builder().id(id).name(template.name().equals(template.id()) ? id : template.name() + " " + j)
          .role(template.role()).capacity(template.capacity()).unitCost(template.unitCost())
          .holdingCost(template.holdingCost()).backlogCost(template.backlogCost())
          .initialInventory(template.initialInventory()).putAllAttributes(template.attributes()).build());
      chain.trade(supplierId, id, supply).trade(id, segmentId, each);
      ids.add(id);
    }
    return List.copyOf(ids);
  }
}
