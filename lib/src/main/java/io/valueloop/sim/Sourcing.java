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
  /**
   * Primary-backup switching ({@link Switching}), per input slot of a buyer that has it: the rule, the primary's
   * supply-flow position, whether the buyer is on its backup, the ticks in a row the primary has not been failing,
   * the observations so far, and the window's ring of (shipped, shipped + owed) pairs at {@code windowBase}; null
   * entries for the others.
   */
  private final Switching[] switching;
  private final int[] primary;
  private final boolean[] onBackup;
  private final int[] goodTicks;
  private final long[] observed;
  private final int[] windowBase;
  private final double[] window;

  private Sourcing(Topology t, RunState s, SourcingRule[] rule, Switching[] byActor) {
    this.t = t;
    this.s = s;
    this.rule = rule;
    this.weight = new double[t.inFlow.length];
    int slots = t.inputStart[t.n];
    this.total = new double[slots];
    this.switching = new Switching[slots];
    this.primary = new int[slots];
    this.onBackup = new boolean[slots];
    this.goodTicks = new int[slots];
    this.observed = new long[slots];
    this.windowBase = new int[slots];
    int length = 0;
    for (int a = 0; a < t.n; a++) {
      for (int k = t.inputStart[a]; k < t.inputStart[a + 1] && byActor[a] != null; k++) {
        switching[k] = byActor[a];
        windowBase[k] = length;
        length = Math.addExact(length, 2 * byActor[a].window());
        primary[k] = -1;
        for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
          int g = t.inFlow[p];
          if (t.flowInt[Topology.FI * g + Topology.F_INPUT] == k
              && (primary[k] < 0 || better(SourcingRule.PRIMARY_BACKUP, g, t.inFlow[primary[k]]))) {
            primary[k] = p;
          }
        }
      }
    }
    this.window = new double[length];
  }

  /** Returns the sourcing rules of a scenario, or null when every buyer keeps fixed shares. */
  static Sourcing of(Topology t, RunState s, Scenario scenario) {
    Mechanics m = scenario.mechanics();
    SourcingRule fallback = m.defaultSourcing().orElse(SourcingRule.FIXED_SHARES);
    if (fallback == SourcingRule.FIXED_SHARES
        && m.buyerSourcing().values().stream().allMatch(r -> r == SourcingRule.FIXED_SHARES)
        && m.switching().isEmpty()) {
      return null;
    }
    SourcingRule[] rule = new SourcingRule[t.n];
    for (int a = 0; a < t.n; a++) {
      rule[a] = t.kind[a] == Topology.STOCKIST ? fallback : SourcingRule.FIXED_SHARES;
    }
    SetUpProblems problems = new SetUpProblems();
    for (Map.Entry<String, SourcingRule> e : m.buyerSourcing().entrySet()) {
      Integer a = problems.take(() -> LeadTimes.actor(t, e.getKey(), "sourcing"));
      if (a == null) {
        continue;
      }
      if (t.kind[a] != Topology.STOCKIST) {
        problems.add("sourcing actor must be an actor with goods suppliers but was '" + e.getKey() + "' (role "
            + t.chain.role(a) + ")");
      }
      // Kept even when refused, so that a switching rule on the same actor is judged against the rule it was given.
      rule[a] = e.getValue();
    }
    Switching[] byActor = new Switching[t.n];
    for (Map.Entry<String, Switching> e : m.switching().entrySet()) {
      Integer a = problems.take(() -> LeadTimes.actor(t, e.getKey(), "switching"));
      if (a == null) {
        continue;
      }
      if (rule[a] != SourcingRule.PRIMARY_BACKUP) {
        problems.add("sourcing rule of a buyer with switching must be PRIMARY_BACKUP but was " + rule[a] + " ("
            + e.getKey() + ")");
      }
      byActor[a] = e.getValue();
    }
    problems.throwIfAny();
    return new Sourcing(t, s, rule, byActor);
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
      int best = switching[k] != null ? primaryOrBackup(k, from, to) : -1;
      for (int p = from; p < to && switching[k] == null; p++) {
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

  /**
   * Step 8 under {@link Switching}: observes the primary of input slot {@code k} as it left the previous tick,
   * updates whether the buyer is on its backup, and returns the supply-flow position to order from (-1 for none up).
   */
  private int primaryOrBackup(int k, int from, int to) {
    Switching sw = switching[k];
    int p0 = primary[k];
    int g0 = t.inFlow[p0];
    int rec = RunState.record(t.seller[g0]);
    double shipped = s.state[rec + RunState.S_SHIPPED];
    double owed = s.state[rec + RunState.S_OWED];
    int w = sw.window();
    int slot = windowBase[k] + 2 * (int) (observed[k]++ % w);
    window[slot] = shipped > 0 ? shipped : 0;
    window[slot + 1] = (shipped > 0 ? shipped : 0) + (owed > 0 ? owed : 0);
    double served = 0;
    double due = 0;
    for (int i = windowBase[k]; i < windowBase[k] + 2 * w; i += 2) {
      served += window[i];
      due += window[i + 1];
    }
    boolean failing = weight[p0] == 0 || (due > 0 && served < sw.threshold() * due);
    if (failing) {
      onBackup[k] = true;
      goodTicks[k] = 0;
    } else if (onBackup[k] && ++goodTicks[k] >= sw.recovery()) {
      onBackup[k] = false;
    }
    if (!onBackup[k]) {
      return p0;
    }
    int best = -1;
    for (int p = from; p < to; p++) {
      int g = t.inFlow[p];
      if (p != p0 && t.flowInt[Topology.FI * g + Topology.F_INPUT] == k && weight[p] != 0
          && (best < 0 || better(SourcingRule.PRIMARY_BACKUP, g, t.inFlow[best]))) {
        best = p;
      }
    }
    return best >= 0 || weight[p0] == 0 ? best : p0;
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
