package io.valueloop.sim;

import java.util.Map;

/**
 * The sourcing rules of a run ({@link SourcingRule}): per actor its rule, and scratch weights per supply-flow
 * position and per input slot that {@link #weigh(int)} fills at step 8. Reads the sellers' records and the links'
 * state, which no one writes while a buyer orders (sellers act after their buyers); each scratch entry belongs to one
 * buyer, so safe with several threads. No allocation after set-up.
 */
final class Sourcing {
  private final Topology t;
  private final RunState s;
  private final SourcingRule[] rule;
  /** Per supply-flow position {@code p} (an index of {@link Topology#inFlow}): the weight of that flow. */
  private final double[] weight;
  /** Per input slot: the sum of the weights of its flows. */
  private final double[] total;

  private Sourcing(Topology t, RunState s, SourcingRule[] rule) {
    this.t = t;
    this.s = s;
    this.rule = rule;
    this.weight = new double[t.inFlow.length];
    this.total = new double[t.inputStart[t.n]];
  }

  /** Returns the sourcing rules of a scenario, or null when every buyer keeps fixed shares. */
  static Sourcing of(Topology t, RunState s, Scenario scenario) {
    Mechanics m = scenario.mechanics();
    SourcingRule fallback = m.defaultSourcing().orElse(SourcingRule.FIXED_SHARES);
    if (fallback == SourcingRule.FIXED_SHARES
        && m.buyerSourcing().values().stream().allMatch(r -> r == SourcingRule.FIXED_SHARES)) {
      return null;
    }
    SourcingRule[] rule = new SourcingRule[t.n];
    for (int a = 0; a < t.n; a++) {
      rule[a] = t.kind[a] == Topology.STOCKIST ? fallback : SourcingRule.FIXED_SHARES;
    }
    for (Map.Entry<String, SourcingRule> e : m.buyerSourcing().entrySet()) {
      int a = LeadTimes.actor(t, e.getKey(), "sourcing");
      if (t.kind[a] != Topology.STOCKIST) {
        throw new IllegalArgumentException("sourcing actor must be an actor with goods suppliers but was '"
            + e.getKey() + "' (role " + t.chain.role(a) + ")");
      }
      rule[a] = e.getValue();
    }
    return new Sourcing(t, s, rule);
  }

  /**
   * Fills the weights of actor {@code a}'s supply flows for this tick; returns false when the fixed shares apply
   * (its rule is {@link SourcingRule#FIXED_SHARES}).
   */
  boolean weigh(int a) {
    SourcingRule r = rule[a];
    if (r == SourcingRule.FIXED_SHARES) {
      return false;
    }
    int from = t.inStart[a];
    int to = t.inStart[a + 1];
    for (int k = t.inputStart[a]; k < t.inputStart[a + 1]; k++) {
      total[k] = 0;
    }
    for (int p = from; p < to; p++) {
      int g = t.inFlow[p];
      int k = t.flowInt[Topology.FI * g + Topology.F_INPUT];
      double w = up(g) ? score(r, g) : 0;
      weight[p] = w;
      total[k] += w;
    }
    if (r == SourcingRule.PRIMARY_BACKUP || r == SourcingRule.CHEAPEST_AVAILABLE
        || r == SourcingRule.FASTEST_AVAILABLE) {
      keepBest(a, r);
    }
    // No supplier of an input up: its fixed shares.
    for (int p = from; p < to; p++) {
      int g = t.inFlow[p];
      if (total[t.flowInt[Topology.FI * g + Topology.F_INPUT]] == 0) {
        weight[p] = t.coefficient[g];
      }
    }
    for (int k = t.inputStart[a]; k < t.inputStart[a + 1]; k++) {
      if (total[k] == 0) {
        total[k] = t.inputRequirement[k];
      }
    }
    return true;
  }

  /** Returns the fraction of its input's units that supply-flow position {@code p} (of input slot {@code k}) gets. */
  double share(int p, int k) {
    return weight[p] / total[k];
  }

  private boolean up(int g) {
    return !s.linkDown[g] && s.state[RunState.record(t.seller[g]) + RunState.S_CAPACITY] > 0;
  }

  /** The weight of an up supplier under a rule; for the single-winner rules, a score where larger is better. */
  private double score(SourcingRule r, int g) {
    switch (r) {
      case BY_AVAILABILITY: {
        int rec = RunState.record(t.seller[g]);
        double onHand = s.state[rec + RunState.S_ON_HAND];
        return Math.max(0, Math.min(onHand, s.state[rec + RunState.S_CAPACITY]));
      }
      default:
        return t.coefficient[g];
    }
  }

  /** Leaves, per input, the weight on the one best supplier that is up (PRIMARY_BACKUP: largest share first). */
  private void keepBest(int a, SourcingRule r) {
    int from = t.inStart[a];
    int to = t.inStart[a + 1];
    for (int k = t.inputStart[a]; k < t.inputStart[a + 1]; k++) {
      int best = -1;
      for (int p = from; p < to; p++) {
        int g = t.inFlow[p];
        if (t.flowInt[Topology.FI * g + Topology.F_INPUT] != k || weight[p] == 0) {
          continue;
        }
        if (best < 0 || better(r, g, t.inFlow[best])) {
          best = p;
        }
      }
      for (int p = from; p < to; p++) {
        if (t.flowInt[Topology.FI * t.inFlow[p] + Topology.F_INPUT] == k) {
          weight[p] = p == best ? 1 : 0;
        }
      }
      total[k] = best < 0 ? 0 : 1;
    }
  }

  /** Whether flow {@code g} beats flow {@code h} under a single-winner rule; ties by larger share, then index. */
  private boolean better(SourcingRule r, int g, int h) {
    if (r == SourcingRule.CHEAPEST_AVAILABLE) {
      double pg = s.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_PRICE];
      double ph = s.flowData[t.flowInt[Topology.FI * h + Topology.F_DATA] + Topology.D_PRICE];
      if (pg != ph) {
        return pg < ph;
      }
    } else if (r == SourcingRule.FASTEST_AVAILABLE) {
      int lg = t.leadTime[g] + t.orderDelay[g];
      int lh = t.leadTime[h] + t.orderDelay[h];
      if (lg != lh) {
        return lg < lh;
      }
    }
    if (t.coefficient[g] != t.coefficient[h]) {
      return t.coefficient[g] > t.coefficient[h];
    }
    return g < h;
  }
}
