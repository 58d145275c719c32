package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Arrays;

/**
 * The per-tick counts and shares of a run's role dynamics, kept as the run goes and published as a
 * {@link RoleTrace}: active actors per role, adopters, leavers, each role's share of consumer spend and of profit,
 * the platform share, and the leavers' settled stock. Sized at set-up.
 */
final class RoleCounts {
  private static final int ROLES = Role.values().length;
  private final Topology t;
  private final RunState state;
  private final Ledger ledger;
  private final int[] activeByRole = new int[ROLES];
  private final int[][] active;
  private final int[] adopters;
  private final int[] leavers;
  private final double[][] spendShare;
  private final double[][] profitShare;
  private final double[] platformShare;
  private final double[] profit = new double[ROLES];
  final double[] returned;
  final double[] soldOff;
  final double[] lost;
  double returnedValue;
  double soldOffValue;

  RoleCounts(Topology t, RunState state, Ledger ledger, int ticks) {
    this.t = t;
    this.state = state;
    this.ledger = ledger;
    for (int a = 0; a < t.n; a++) {
      activeByRole[t.roleOrdinal[a]]++;
    }
    active = new int[ROLES][ticks];
    adopters = new int[ticks];
    leavers = new int[ticks];
    spendShare = new double[ROLES][ticks];
    profitShare = new double[ROLES][ticks];
    platformShare = new double[ticks];
    returned = new double[ticks];
    soldOff = new double[ticks];
    lost = new double[ticks];
  }

  void activated(int a, boolean on) {
    activeByRole[t.roleOrdinal[a]] += on ? 1 : -1;
  }

  void left(int tick) {
    leavers[tick]++;
  }

  /** After step 1: the tick's adopters and the active actors of each role. */
  void population(int tick, int adopted) {
    adopters[tick] = adopted;
    for (int r = 0; r < ROLES; r++) {
      active[r][tick] = activeByRole[r];
    }
  }

  /** End of step 6: each role's profit over consumer spend and over all profit; the platform share of demand. */
  void money(int tick) {
    Arrays.fill(profit, 0);
    double spend = 0;
    double total = 0;
    for (int a = 0; a < t.n; a++) {
      if (t.kind[a] == Topology.CONSUMER) {
        spend += ledger.cost[a];
      } else {
        double x = ledger.revenue[a] - ledger.cost[a];
        profit[t.roleOrdinal[a]] += x;
        total += x;
      }
    }
    for (int r = 0; r < ROLES; r++) {
      spendShare[r][tick] = spend != 0 ? profit[r] / spend : 0;
      profitShare[r][tick] = total != 0 ? profit[r] / total : 0;
    }
    double demand = 0;
    double through = 0;
    double[] data = state.flowData;
    for (int c : t.consumers) {
      double d = state.state[RunState.record(c) + RunState.S_ORDERED];
      double all = 0;
      double platform = 0;
      for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
        int g = t.inFlow[p];
        double x = data[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT];
        if (x != 0) {
          all += x;
          platform += x * supplied(t.seller[g]);
        }
      }
      if (all > 0) {
        demand += d;
        through += d * platform / all;
      }
    }
    platformShare[tick] = demand > 0 ? through / demand : 0;
  }

  /** Returns the share of an actor's supply ordered from the platform (1 for the platform itself). */
  private double supplied(int a) {
    if (t.roleOrdinal[a] == Role.S.ordinal()) {
      return 1;
    }
    double all = 0;
    double platform = 0;
    double[] data = state.flowData;
    for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
      int g = t.inFlow[p];
      double x = data[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT];
      all += x;
      if (t.roleOrdinal[t.seller[g]] == Role.S.ordinal()) {
        platform += x;
      }
    }
    return all > 0 ? platform / all : 0;
  }

  /** Returns the trace, with the converts of the segments added up. */
  RoleTrace trace(ConversionSegment[] segments) {
    int[] converts = new int[adopters.length];
    for (ConversionSegment segment : segments) {
      for (int i = 0; i < converts.length; i++) {
        converts[i] += segment.converts[i];
      }
    }
    return new RoleTrace(converts, adopters, leavers, active, spendShare, profitShare, platformShare, returned,
        soldOff, lost, returnedValue, soldOffValue);
  }
}
