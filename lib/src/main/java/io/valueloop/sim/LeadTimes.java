package io.valueloop.sim;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * The random shipping lead times of a run ({@link RandomLeadTime}): for each goods flow that has one, a ring of goods
 * in transit indexed by arrival tick (a power of two above the longest lead time) and the flow's own random stream.
 * A shipment at step 5 draws its lead time and adds to the slot of its arrival tick; step 2 takes the slot of the
 * tick. Shipments may therefore overtake each other. The clock is the flow's shipping clock (the tick less the ticks
 * its link was down), as for the fixed ring. O(1) per shipment and arrival, O(support) per draw; no allocation after
 * set-up. Each flow's ring and stream are touched only by its seller (ship) and buyer (arrive), as the fixed ring.
 */
final class LeadTimes {
  private final int[] base;
  private final int[] mask;
  private final RandomLeadTime[] distribution;
  private final RandomGenerator[] stream;
  private final double[] ring;

  private LeadTimes(int[] base, int[] mask, RandomLeadTime[] distribution, RandomGenerator[] stream, int slots) {
    this.base = base;
    this.mask = mask;
    this.distribution = distribution;
    this.stream = stream;
    this.ring = new double[slots];
  }

  /** Returns the random lead times of a scenario on a chain, or null if it has none. */
  static LeadTimes of(Topology t, Scenario scenario) {
    Map<Mechanics.Link, RandomLeadTime> byLink = scenario.mechanics().leadTimes();
    if (byLink.isEmpty()) {
      return null;
    }
    int[] base = new int[t.m];
    int[] mask = new int[t.m];
    Arrays.fill(base, -1);
    RandomLeadTime[] distribution = new RandomLeadTime[t.m];
    RandomGenerator[] stream = new RandomGenerator[t.m];
    RandomStreams random = RandomStreams.of(scenario.seed());
    int slots = 0;
    for (Map.Entry<Mechanics.Link, RandomLeadTime> e : byLink.entrySet()) {
      int g = goodsFlow(t, e.getKey(), "random lead time");
      int length = Topology.ringLength(e.getValue().max());
      base[g] = slots;
      mask[g] = length - 1;
      slots = Math.addExact(slots, length);
      distribution[g] = e.getValue();
      stream[g] = random.stream(scenario.replication(), "leadtime/" + e.getKey());
    }
    return new LeadTimes(base, mask, distribution, stream, slots);
  }

  /** Returns the goods flow of a link, or throws naming the mechanic. */
  static int goodsFlow(Topology t, Mechanics.Link link, String what) {
    int seller = actor(t, link.sellerId(), what);
    int buyer = actor(t, link.buyerId(), what);
    for (int g = t.outStart[seller]; g < t.outStart[seller + 1]; g++) {
      if (t.buyer[g] == buyer) {
        return g;
      }
    }
    throw new IllegalArgumentException(what + " flow must be a goods flow of the chain but was none (" + link + ")");
  }

  /** Returns the index of an actor, or throws naming the mechanic. */
  static int actor(Topology t, String id, String what) {
    OptionalInt a = t.chain.indexOf(id);
    if (a.isEmpty()) {
      throw new IllegalArgumentException(what + " actor must be an actor of the chain but was '" + id + "'");
    }
    return a.getAsInt();
  }

  /** Returns whether goods flow {@code g} has a random lead time. */
  boolean has(int g) {
    return base[g] >= 0;
  }

  /** Step 5: ships {@code x} on flow {@code g} at shipping clock {@code clock}, due after a drawn lead time. */
  void ship(int g, int clock, double x) {
    int lead = distribution[g].draw(stream[g].nextDouble());
    ring[base[g] + ((clock + lead) & mask[g])] += x;
  }

  /** Step 2: takes and returns what is due on flow {@code g} at shipping clock {@code clock} (0 for a fixed flow). */
  double arrive(int g, int clock) {
    if (base[g] < 0) {
      return 0;
    }
    int slot = base[g] + (clock & mask[g]);
    double x = ring[slot];
    ring[slot] = 0;
    return x;
  }

  /** Returns the goods in transit on flow {@code g} in this ring. */
  double inTransit(int g) {
    double sum = 0;
    for (int i = 0; base[g] >= 0 && i <= mask[g]; i++) {
      sum += ring[base[g] + i];
    }
    return sum;
  }
}
