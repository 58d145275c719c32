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
  private final Markets markets;
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

  RoleCounts(Topology t, RunState state, Ledger ledger, Markets markets, int ticks) {
    this.t = t;
    this.state = state;
    this.ledger = ledger;
    this.markets = markets;
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
    for (int slot = 0; slot < t.consumers.length; slot++) {
      if (markets.ordering(slot)) {
        double d = state.state[RunState.record(t.consumers[slot]) + RunState.S_ORDERED];
        demand += d;
        through += d * markets.platformShare(slot);
      }
    }
    platformShare[tick] = demand > 0 ? through / demand : 0;
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
