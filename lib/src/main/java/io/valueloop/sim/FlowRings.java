package io.valueloop.sim;

import java.util.Arrays;

/**
 * Goods in transit on some goods flows, one ring per flow indexed by arrival tick on the flow's shipping clock (the
 * tick less the ticks its link was down; docs/design.md §3): the random lead times' rings ({@link LeadTimes}), the
 * channels' online delivery rings ({@link Channels}) and the orders waiting under patience ({@link Shortages}). A flow's ring is a power of two above its longest lead
 * time, so a shipment adds to the slot of its arrival tick and step 2 takes the slot of the tick; shipments may
 * overtake each other. O(1) per shipment and arrival; no allocation after set-up. A flow's ring is touched only by
 * its shipper at step 5 and its buyer at step 2.
 */
final class FlowRings {
  private final int[] base;
  private final int[] mask;
  private final double[] ring;

  /**
   * Creates the rings: flow {@code g} gets one if {@code longest[g] > 0}, long enough for that lead time.
   *
   * @param longest the longest lead time per goods flow, 0 for a flow without a ring
   */
  FlowRings(int[] longest) {
    base = new int[longest.length];
    mask = new int[longest.length];
    Arrays.fill(base, -1);
    int slots = 0;
    for (int g = 0; g < longest.length; g++) {
      if (longest[g] > 0) {
        int length = Topology.ringLength(longest[g]);
        base[g] = slots;
        mask[g] = length - 1;
        slots = Math.addExact(slots, length);
      }
    }
    ring = new double[slots];
  }

  /** Returns whether flow {@code g} has a ring. */
  boolean has(int g) {
    return base[g] >= 0;
  }

  /** Adds {@code x} shipped on flow {@code g} (with a ring) at shipping clock {@code clock}, due after {@code lead}. */
  void add(int g, int clock, int lead, double x) {
    ring[base[g] + ((clock + lead) & mask[g])] += x;
  }

  /** Takes and returns what is due on flow {@code g} at shipping clock {@code clock}; 0 for a flow without a ring. */
  double take(int g, int clock) {
    if (base[g] < 0) {
      return 0;
    }
    int slot = base[g] + (clock & mask[g]);
    double x = ring[slot];
    ring[slot] = 0;
    return x;
  }

  /** Returns the slot of flow {@code g} (which has a ring) for tick {@code tick} of its clock, for direct access. */
  int slot(int g, int tick) {
    return base[g] + (tick & mask[g]);
  }

  /** Returns what slot {@code slot} holds. */
  double get(int slot) {
    return ring[slot];
  }

  /** Sets what slot {@code slot} holds. */
  void set(int slot, double x) {
    ring[slot] = x;
  }

  /** Returns what is in transit on flow {@code g}; 0 for a flow without a ring. */
  double inTransit(int g) {
    double sum = 0;
    for (int i = 0; base[g] >= 0 && i <= mask[g]; i++) {
      sum += ring[base[g] + i];
    }
    return sum;
  }
}
