package io.valueloop.charts;

import io.valueloop.analysis.ChainDepth;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** Goods tiers for drawing: consumers 0, their sellers 1, and so on upstream. */
final class Tiers {
  private Tiers() {}

  /**
   * Returns each actor's tier by id. On an acyclic goods network these are {@link ChainDepth#tiers()} (longest
   * paths); with a goods loop, where longest paths are unbounded, the shortest goods distance to a consumer segment
   * instead, so that a drawing can still be made. Actors from which no goods reach a consumer are not keys.
   */
  static Map<String, Integer> of(ValueChain chain) {
    try {
      return ChainDepth.of(chain).tiers();
    } catch (IllegalArgumentException loop) {
      return shortest(chain);
    }
  }

  private static Map<String, Integer> shortest(ValueChain chain) {
    int n = chain.actorCount();
    int[] tier = new int[n];
    java.util.Arrays.fill(tier, -1);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int a = 0; a < n; a++) {
      if (chain.actor(a).role() == Role.C) {
        tier[a] = 0;
        queue.add(a);
      }
    }
    while (!queue.isEmpty()) {
      int buyer = queue.poll();
      for (int f : chain.incoming(buyer)) {
        int seller = chain.source(f);
        if (chain.kind(f) == FlowKind.GOODS && tier[seller] < 0) {
          tier[seller] = tier[buyer] + 1;
          queue.add(seller);
        }
      }
    }
    Map<String, Integer> tiers = new LinkedHashMap<>();
    for (int a = 0; a < n; a++) {
      if (tier[a] >= 0) {
        tiers.put(chain.actor(a).id(), tier[a]);
      }
    }
    return tiers;
  }
}
