package io.valueloop.sim;

import java.util.Map;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * The random shipping lead times of a run ({@link RandomLeadTime}): for each goods flow that has one, a ring of goods
 * in transit indexed by arrival tick ({@link FlowRings}) and the flow's own random stream. A shipment at step 5 draws
 * its lead time and adds to the slot of its arrival tick; step 2 takes the slot of the tick. Shipments may therefore
 * overtake each other. The clock is the flow's shipping clock (the tick less the ticks its link was down), as for the
 * fixed ring. O(1) per shipment and arrival, O(support) per draw; no allocation after set-up. Each flow's ring and
 * stream are touched only by its seller (ship) and buyer (arrive), as the fixed ring.
 */
final class LeadTimes {
  private final FlowRings rings;
  private final RandomLeadTime[] distribution;
  private final RandomGenerator[] stream;

  private LeadTimes(FlowRings rings, RandomLeadTime[] distribution, RandomGenerator[] stream) {
    this.rings = rings;
    this.distribution = distribution;
    this.stream = stream;
  }

  /** Returns the random lead times of a scenario on a chain, or null if it has none. */
  static LeadTimes of(Topology t, Scenario scenario) {
    Map<Mechanics.Link, RandomLeadTime> byLink = scenario.mechanics().leadTimes();
    if (byLink.isEmpty()) {
      return null;
    }
    int[] longest = new int[t.m];
    RandomLeadTime[] distribution = new RandomLeadTime[t.m];
    RandomGenerator[] stream = new RandomGenerator[t.m];
    RandomStreams random = RandomStreams.of(scenario.seed());
    SetUpProblems problems = new SetUpProblems();
    for (Map.Entry<Mechanics.Link, RandomLeadTime> e : byLink.entrySet()) {
      Integer g = problems.take(() -> goodsFlow(t, e.getKey(), "random lead time"));
      if (g != null) {
        longest[g] = e.getValue().max();
        distribution[g] = e.getValue();
        stream[g] = random.stream(scenario.replication(), "leadtime/" + e.getKey());
      }
    }
    problems.throwIfAny();
    return new LeadTimes(new FlowRings(longest), distribution, stream);
  }

  /**
   * Returns the goods flow of a link, or throws naming the mechanic (an unknown seller and an unknown buyer are two
   * problems, reported together).
   */
  static int goodsFlow(Topology t, Mechanics.Link link, String what) {
    SetUpProblems problems = new SetUpProblems();
    Integer sellerOrNull = problems.take(() -> actor(t, link.sellerId(), what));
    Integer buyerOrNull = problems.take(() -> actor(t, link.buyerId(), what));
    problems.throwIfAny();
    int g = flowBetween(t, sellerOrNull, buyerOrNull);
    if (g < 0) {
      throw new IllegalArgumentException(what + " flow must be a goods flow of the chain but was none (" + link + ")");
    }
    return g;
  }

  /** Returns the goods flow of {@code link}, or -1 if either end or the flow is not in the chain (no problem raised). */
  static int findGoodsFlow(Topology t, Mechanics.Link link) {
    OptionalInt seller = t.chain.indexOf(link.sellerId());
    OptionalInt buyer = t.chain.indexOf(link.buyerId());
    return seller.isEmpty() || buyer.isEmpty() ? -1 : flowBetween(t, seller.getAsInt(), buyer.getAsInt());
  }

  private static int flowBetween(Topology t, int seller, int buyer) {
    for (int g = t.outStart[seller]; g < t.outStart[seller + 1]; g++) {
      if (t.buyer[g] == buyer) {
        return g;
      }
    }
    return -1;
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
    return rings.has(g);
  }

  /** Step 5: ships {@code x} on flow {@code g} at shipping clock {@code clock}, due after a drawn lead time. */
  void ship(int g, int clock, double x) {
    rings.add(g, clock, distribution[g].draw(stream[g].nextDouble()), x);
  }

  /** Step 2: takes and returns what is due on flow {@code g} at shipping clock {@code clock} (0 for a fixed flow). */
  double arrive(int g, int clock) {
    return rings.take(g, clock);
  }

  /** Returns the goods in transit on flow {@code g} in this ring. */
  double inTransit(int g) {
    return rings.inTransit(g);
  }
}
