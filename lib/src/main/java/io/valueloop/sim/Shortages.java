package io.valueloop.sim;

import java.util.Arrays;
import java.util.Map;

/**
 * The shortage rules of a run ({@link Shortage}), per goods flow: for a flow with patience {@code k >= 1}, a ring of
 * the units still waiting by arrival tick (a power of two above {@code k}); the units lost so far (all ticks, for the
 * conservation check, and measured ticks, for the metrics); and the units lost that the buyer has not yet taken off
 * its supply line. Per flow, written only by the flow's seller at step 5 and read by its buyer at step 2 of the next
 * tick, like the flow's rings, so safe with several threads. O(k) per flow and tick for patience {@code k}, O(1)
 * for lost sales; no allocation after set-up.
 */
final class Shortages {
  /** Patience per flow: -1 for backorder. */
  private final int[] patience;
  private final FlowRings waiting;
  /** Units lost on each flow since the start of the run. */
  final double[] lost;
  /** Units lost on each flow in the measured ticks, and their value at the flow's price. */
  final double[] lostMeasured;
  final double[] lostValue;
  /** Units lost on each flow that its buyer has not yet taken off its supply line. */
  final double[] pending;

  private Shortages(int[] patience) {
    this.patience = patience;
    int[] longest = new int[patience.length];
    for (int g = 0; g < patience.length; g++) {
      longest[g] = Math.max(0, patience[g]);
    }
    this.waiting = new FlowRings(longest);
    int m = patience.length;
    this.lost = new double[m];
    this.lostMeasured = new double[m];
    this.lostValue = new double[m];
    this.pending = new double[m];
  }

  /** Returns the shortage rules of a scenario on a chain, or null if every flow backorders. */
  static Shortages of(Topology t, Scenario scenario) {
    Mechanics mech = scenario.mechanics();
    if (!mech.anyShortage()) {
      return null;
    }
    int[] patience = new int[t.m];
    Arrays.fill(patience, -1);
    Shortage fallback = mech.defaultShortage().orElse(Shortage.backorder());
    for (int g = 0; g < t.m; g++) {
      if (t.kind[t.buyer[g]] == Topology.CONSUMER) {
        patience[g] = fallback.backordered() ? -1 : fallback.patience();
      }
    }
    SetUpProblems problems = new SetUpProblems();
    for (Map.Entry<String, Shortage> e : mech.buyerShortage().entrySet()) {
      Integer b = problems.take(() -> LeadTimes.actor(t, e.getKey(), "shortage"));
      if (b == null) {
        continue;
      }
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        patience[t.inFlow[p]] = e.getValue().backordered() ? -1 : e.getValue().patience();
      }
    }
    for (Map.Entry<Mechanics.Link, Shortage> e : mech.tradeShortage().entrySet()) {
      Integer g = problems.take(() -> LeadTimes.goodsFlow(t, e.getKey(), "shortage"));
      if (g != null) {
        patience[g] = e.getValue().backordered() ? -1 : e.getValue().patience();
      }
    }
    problems.throwIfAny();
    return new Shortages(patience);
  }

  /** Returns whether flow {@code g} loses demand (lost sales or patience). */
  boolean loses(int g) {
    return patience[g] >= 0;
  }

  /** Step 4: orders of {@code x} units arrive on flow {@code g} at {@code now}. */
  void arrived(int g, int now, double x) {
    if (patience[g] > 0) {
      waiting.add(g, now, 0, x);
    }
  }

  /**
   * Step 5, after the seller shipped {@code shipped} on flow {@code g} and still owes {@code left}: serves the
   * waiting orders oldest first, loses what has waited its patience, and returns the units lost (at most
   * {@code left}).
   */
  double settle(int g, int now, double shipped, double left, double price, boolean measuring) {
    double gone;
    int k = patience[g];
    if (k == 0) {
      gone = left;
    } else {
      double serve = shipped;
      for (int tau = now - k; tau <= now && serve > 0; tau++) {
        int slot = waiting.slot(g, tau);
        double w = waiting.get(slot);
        double take = w < serve ? w : serve;
        waiting.set(slot, w - take);
        serve -= take;
      }
      gone = waiting.take(g, now - k);
      if (gone > left) {
        gone = left;
      }
    }
    if (gone > 0) {
      lost[g] += gone;
      pending[g] += gone;
      if (measuring) {
        lostMeasured[g] += gone;
        lostValue[g] += gone * price;
      }
      return gone;
    }
    return 0;
  }

  /** Step 2: returns, and clears, the units lost on flow {@code g} that its buyer has not yet taken into account. */
  double takePending(int g) {
    double x = pending[g];
    if (x != 0) {
      pending[g] = 0;
    }
    return x;
  }
}
