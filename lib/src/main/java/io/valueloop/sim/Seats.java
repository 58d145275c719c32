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
    return add(chain, segmentId, List.of(), supplierId, template, supply, sale, 0, cap);
  }

  /**
   * Adds {@code cap} copies of a template b that sell to a segment and to its neighbouring segments
   * ({@link Conversion#withNeighbours}): as {@link #add(ValueChain.Builder, String, String, Actor, GoodsTerms,
   * GoodsTerms, int)}, and each seat also sells to every neighbour on {@code sale} terms with {@code neighbourShare /
   * cap} of that neighbour's demand in the chain (its incumbents then hold {@code 1 - neighbourShare}).
   *
   * @param chain the chain builder, which must already hold the segments and the supplier
   * @param segmentId the consumer segment's id
   * @param neighbourIds the neighbouring segments' ids
   * @param supplierId the seats' supplier's id
   * @param template the b actor to copy
   * @param supply the terms of each seat's purchases from the supplier
   * @param sale the terms of each seat's sales; its share is split among the seats
   * @param neighbourShare the chain share of each neighbour's demand that the seats hold together, in {@code (0, 1]}
   *     when there are neighbours
   * @param cap the number of seats, positive
   * @return the seats' ids, in order
   * @throws IllegalArgumentException if cap is not positive, or the neighbour share is out of range while
   *     neighbours are given
   */
  public static List<String> add(ValueChain.Builder chain, String segmentId, List<String> neighbourIds,
      String supplierId, Actor template, GoodsTerms supply, GoodsTerms sale, double neighbourShare, int cap) {
    Preconditions.positive("cap", cap, "seats of " + template.id() + " in segment " + segmentId);
    if (!neighbourIds.isEmpty()) {
      Preconditions.check(neighbourShare > 0 && neighbourShare <= 1, "neighbour share", "in (0, 1]", neighbourShare,
          "seats of " + template.id());
    }
    GoodsTerms near = neighbourIds.isEmpty() ? sale : sale.withShare(neighbourShare / cap);
    List<String> ids = new ArrayList<>(cap);
    GoodsTerms each = sale.withShare(sale.share() / cap);
    for (int j = 0; j < cap; j++) {
      String id = template.id() + "-" + j;
      chain.actor(Actor.builder().id(id).name(template.name().equals(template.id()) ? id : template.name() + " " + j)
          .role(template.role()).capacity(template.capacity()).unitCost(template.unitCost())
          .holdingCost(template.holdingCost()).backlogCost(template.backlogCost())
          .initialInventory(template.initialInventory()).putAllAttributes(template.attributes()).build());
      chain.trade(supplierId, id, supply).trade(id, segmentId, each);
      for (String neighbour : neighbourIds) {
        chain.trade(id, neighbour, near);
      }
      ids.add(id);
    }
    return List.copyOf(ids);
  }
}
