package io.valueloop.benchmarks;

import io.valueloop.flow.CompiledChain;

/**
 * A floor run: the chain laid out by {@link TickFloorState}, stepped tick by tick by {@link TickFloorKernel} on one
 * or two threads, with views of the end of each tick and of the running sums, as the library's {@code
 * SimulationRun}, {@code TickView} and {@code SimulationResult} show them.
 *
 * <p>A tick runs the levels in order, segments first. With two threads each level of enough work is split into two
 * contiguous ranges of about equal work (actors plus the flows and data pairs their turns walk), one per thread, and
 * the threads meet at a spin barrier ({@link TickFloorTeam}) after each level; smaller levels (the manufacturer, the
 * platforms of a small chain) run on the caller alone. At the end of the tick the caller adds up the threads' sums
 * and updates the role metrics (Welford over ticks of each role's sums of orders and served demand).
 *
 * <p>Money is settled lazily, as a specialised engine may: a seller writes what each customer pays into the flow's
 * record, and the customer adds it to its cost sum at its next turn, when it reads that record anyway; the views add
 * the payments of the last tick, so that {@link #cost}, {@link #costSum} and {@link #consumerSpend} are those of the
 * end of the tick.
 */
final class TickFloorRun implements AutoCloseable {
  /** Work below which a level runs on the caller alone (the library's {@code TickTeam.SMALL}). */
  static final int SMALL = 2048;

  private final TickFloorState s;
  private final int[] levelFrom;
  private final int[] levelTo;
  /** The first actor of the worker's half of each level, or -1 where the caller runs the level alone. */
  private final int[] levelSplit;
  private final TickFloorSums[] sums;
  private final TickFloorTeam team;
  private final double[] roleOrderMean = new double[TickFloorSums.ROLES];
  private final double[] roleOrderM2 = new double[TickFloorSums.ROLES];
  private final double[] roleDemandMean = new double[TickFloorSums.ROLES];
  private final double[] roleDemandM2 = new double[TickFloorSums.ROLES];
  private double consumerSpend;
  private double ownCost;
  private int tick;
  private double inverse;

  /**
   * Lays out a chain and starts a run of it.
   *
   * @param chain the chain
   * @param settings demand, smoothing, start and seed
   * @param threads 1 or 2
   */
  TickFloorRun(CompiledChain chain, TickFloorSettings settings, int threads) {
    if (threads != 1 && threads != 2) {
      throw new IllegalArgumentException("threads must be 1 or 2 but was " + threads);
    }
    s = new TickFloorState(chain, settings);
    int levels = chain.levelCount();
    levelFrom = new int[levels];
    levelTo = new int[levels];
    levelSplit = new int[levels];
    for (int l = 0; l < levels; l++) {
      levelFrom[l] = chain.levelStart(l);
      levelTo[l] = chain.levelEnd(l);
      levelSplit[l] = threads == 2 ? half(levelFrom[l], levelTo[l]) : -1;
    }
    sums = new TickFloorSums[threads];
    for (int p = 0; p < threads; p++) {
      sums[p] = new TickFloorSums();
    }
    team = threads == 2 ? new TickFloorTeam(this::levels) : null;
  }

  /** Simulates the next tick; returns the number of ticks simulated. */
  int step() {
    inverse = 1.0 / (tick + 1);
    if (team != null) {
      team.await(0);
    }
    levels(0);
    for (TickFloorSums x : sums) {
      ownCost += x.ownCost;
      consumerSpend += x.consumerSpend;
    }
    for (int r = 0; r < TickFloorSums.ROLES; r++) {
      double orders = 0;
      double demand = 0;
      for (TickFloorSums x : sums) {
        orders += x.roleOrders[r];
        demand += x.roleDemand[r];
      }
      double d = orders - roleOrderMean[r];
      roleOrderMean[r] += d * inverse;
      roleOrderM2[r] += d * (orders - roleOrderMean[r]);
      d = demand - roleDemandMean[r];
      roleDemandMean[r] += d * inverse;
      roleDemandM2[r] += d * (demand - roleDemandMean[r]);
    }
    for (TickFloorSums x : sums) {
      x.clear();
    }
    return ++tick;
  }

  /** Runs party {@code party}'s share of every level of the tick; false if the team stopped. */
  private boolean levels(int party) {
    for (int l = 0; l < levelFrom.length; l++) {
      int mid = levelSplit[l];
      if (mid < 0) {
        if (party == 0) {
          turns(l, levelFrom[l], levelTo[l], sums[0]);
        }
      } else if (party == 0) {
        turns(l, levelFrom[l], mid, sums[0]);
      } else {
        turns(l, mid, levelTo[l], sums[1]);
      }
      if (team != null && !team.await(party)) {
        return false;
      }
    }
    return true;
  }

  private void turns(int level, int from, int to, TickFloorSums into) {
    if (level == 0) {
      TickFloorKernel.segmentTurns(s, from, to, tick, into);
    } else {
      TickFloorKernel.ordererTurns(s, from - s.segments, to - s.segments, tick, inverse, into);
    }
  }

  /** Returns where the second half of level {@code [from, to)} starts, or -1 if the level is too small to share. */
  private int half(int from, int to) {
    long total = work(from, to);
    if (total < SMALL) {
      return -1;
    }
    long done = 0;
    int a = from;
    while (a < to && 2 * (done + work(a, a + 1)) <= total) {
      done += work(a, a + 1);
      a++;
    }
    return a;
  }

  private long work(int from, int to) {
    long w = (to - from) + (s.inStart[to] - s.inStart[from]);
    int first = Math.max(from, s.segments) - s.segments;
    int last = Math.max(to, s.segments) - s.segments;
    return w + (s.outStart[last] - s.outStart[first]) + (s.pairStart[last] - s.pairStart[first]);
  }

  /** Stops the worker thread, if any. */
  @Override
  public void close() {
    if (team != null) {
      team.close();
    }
  }

  /** {@return the number of ticks simulated} */
  int ticks() {
    return tick;
  }

  /** {@return the actor count} */
  int actors() {
    return s.n;
  }

  double onHand(int a) {
    return ordererField(a, TickFloorState.O_ON_HAND);
  }

  double backlog(int a) {
    return ordererField(a, TickFloorState.O_OWED);
  }

  double onOrder(int a) {
    return ordererField(a, TickFloorState.O_SUPPLY);
  }

  double incomingOrders(int a) {
    return ordererField(a, TickFloorState.O_INCOMING);
  }

  double shipped(int a) {
    return ordererField(a, TickFloorState.O_SHIPPED);
  }

  double revenue(int a) {
    return ordererField(a, TickFloorState.O_REVENUE);
  }

  double revenueSum(int a) {
    return ordererField(a, TickFloorState.O_REVENUE_SUM);
  }

  /** {@return one of the metrics' running sums ({@code TickFloorState.M_*}) of an orderer} */
  double metric(int a, int field) {
    return ordererField(a, field);
  }

  double orders(int a) {
    return a < s.segments ? s.segment[s.segmentAt(a, TickFloorState.C_DEMAND)]
        : ordererField(a, TickFloorState.O_ORDERED);
  }

  double received(int a) {
    return a < s.segments ? s.segment[s.segmentAt(a, TickFloorState.C_RECEIVED)]
        : ordererField(a, TickFloorState.O_RECEIVED);
  }

  double demandSignal(int a) {
    return a < s.segments ? orders(a) : ordererField(a, TickFloorState.O_SIGNAL);
  }

  double consumerDemand(int a) {
    return a < s.segments ? orders(a) : ordererField(a, TickFloorState.O_SERVED);
  }

  /** {@return the cost of the last tick: own cost plus the payments to its sellers} */
  double cost(int a) {
    return ordererField(a, TickFloorState.O_OWN_COST) + paidLastTick(a);
  }

  /** {@return the cost summed over the ticks} */
  double costSum(int a) {
    double stored = a < s.segments ? s.segment[s.segmentAt(a, TickFloorState.C_COST_SUM)]
        : ordererField(a, TickFloorState.O_COST_SUM);
    return stored + paidLastTick(a);
  }

  /** {@return what consumers spent over the ticks} */
  double consumerSpend() {
    double pending = 0;
    for (int c = 0; c < s.segments; c++) {
      pending += paidLastTick(c);
    }
    return consumerSpend + pending;
  }

  /** {@return the own costs of every actor, summed over the ticks} */
  double ownCost() {
    return ownCost;
  }

  double roleOrderM2(int role) {
    return roleOrderM2[role];
  }

  double roleDemandM2(int role) {
    return roleDemandM2[role];
  }

  double roleDemandMean(int role) {
    return roleDemandMean[role];
  }

  private double paidLastTick(int a) {
    double paid = 0;
    for (int p = s.inStart[a]; p < s.inStart[a + 1]; p++) {
      paid += s.flow[s.flowAt(p, s.fPaid)];
    }
    return paid;
  }

  private double ordererField(int a, int field) {
    return a < s.segments ? 0 : s.orderer[s.at(a - s.segments, field)];
  }
}
