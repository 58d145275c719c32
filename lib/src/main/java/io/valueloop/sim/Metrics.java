package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Arrays;

/**
 * Running sums over the measured ticks {@code [warmUp, ticks)}: means by sums, variances by Welford's online
 * algorithm (Welford 1962, Technometrics 4(3)), which stays accurate where the sum of squares would cancel. O(1)
 * per actor and tick, no allocation. The goods sums of an actor sit together in one record of {@link #MI}
 * doubles (one cache line), written at the end of its turn.
 */
final class Metrics {
  static final int ROLES = Role.values().length;
  static final int M_ON_HAND = 0;
  static final int M_BACKLOG = 1;
  static final int M_INCOMING = 2;
  static final int M_FILLED = 3;
  static final int M_ORDER_MEAN = 4;
  static final int M_ORDER_M2 = 5;
  static final int M_DEMAND_MEAN = 6;
  static final int M_DEMAND_M2 = 7;
  static final int MI = 8;

  final Topology t;
  final int measured;
  private int count;
  private double inverse;

  private final double[] goods;
  /**
   * With more than one thread: each ordering actor's orders and the consumer demand it served this tick, at {@code
   * 2a} and {@code 2a + 1}, written in its turn for {@link #roleSums}, which then streams 16 bytes per actor rather
   * than a cache line of its state record. Empty with one thread, whose turns form the role sums as they come.
   */
  private final double[] turnSums;
  private final double[] revenueSum;
  private final double[] costSum;

  private final double[] roleOrderMean = new double[ROLES];
  private final double[] roleOrderM2 = new double[ROLES];
  private final double[] roleDemandMean = new double[ROLES];
  private final double[] roleDemandM2 = new double[ROLES];
  private final double[] roleOrders = new double[ROLES];
  private final double[] roleDemand = new double[ROLES];

  private double consumerSpend;
  private double ownCost;

  Metrics(Topology t, int measured, boolean threaded) {
    this.t = t;
    this.measured = measured;
    goods = new double[Math.addExact(RunState.PAD, Math.multiplyExact(MI, t.n))];
    turnSums = new double[threaded ? Math.multiplyExact(2, t.n) : 0];
    revenueSum = new double[t.n];
    costSum = new double[t.n];
  }

  void startTick() {
    count++;
    inverse = 1.0 / count;
    Arrays.fill(roleOrders, 0);
    Arrays.fill(roleDemand, 0);
  }

  /** Adds the goods quantities of an actor that orders, at the end of its turn; the role sums come later. */
  void goods(int a, double onHand, double backlog, double incoming, double filled, double orders,
      double demand) {
    int r = RunState.PAD + MI * a;
    double[] m = goods;
    m[r + M_ON_HAND] += onHand;
    m[r + M_BACKLOG] += backlog;
    m[r + M_INCOMING] += incoming;
    m[r + M_FILLED] += filled;
    double d = orders - m[r + M_ORDER_MEAN];
    m[r + M_ORDER_MEAN] += d * inverse;
    m[r + M_ORDER_M2] += d * (orders - m[r + M_ORDER_MEAN]);
    d = demand - m[r + M_DEMAND_MEAN];
    m[r + M_DEMAND_MEAN] += d * inverse;
    m[r + M_DEMAND_M2] += d * (demand - m[r + M_DEMAND_MEAN]);
  }

  /** Adds one actor's orders and consumer demand to its role's sums (with one thread). */
  void roleSum(int role, double orders, double demand) {
    roleOrders[role] += orders;
    roleDemand[role] += demand;
  }

  /** Keeps actor {@code a}'s orders and consumer demand for {@link #roleSums} (with more than one thread). */
  void turnSum(int a, double orders, double demand) {
    turnSums[2 * a] = orders;
    turnSums[2 * a + 1] = demand;
  }

  /**
   * Adds the orders and consumer demand of every actor that orders to its role's sums, in actor order, once every
   * actor has acted (so that the sums do not depend on how the turns were shared among threads).
   */
  void roleSums(int[] ordering) {
    int[] role = t.roleOrdinal;
    double[] kept = turnSums;
    // Runs of one role (a level is mostly one role) are summed in registers: the same additions in the same order.
    int current = -1;
    double orders = 0;
    double demand = 0;
    for (int a : ordering) {
      if (role[a] != current) {
        if (current >= 0) {
          roleOrders[current] = orders;
          roleDemand[current] = demand;
        }
        current = role[a];
        orders = roleOrders[current];
        demand = roleDemand[current];
      }
      orders += kept[2 * a];
      demand += kept[2 * a + 1];
    }
    if (current >= 0) {
      roleOrders[current] = orders;
      roleDemand[current] = demand;
    }
  }

  /** Adds the revenue and cost of the actors {@code from <= a < to} to their sums. */
  void addMoney(double[] revenue, double[] cost, int from, int to) {
    for (int a = from; a < to; a++) {
      revenueSum[a] += revenue[a];
      costSum[a] += cost[a];
    }
  }

  /** Adds the chain's money and closes the tick, once {@link #addMoney} has added every actor's. */
  void endTick(double[] cost, double own) {
    for (int c : t.consumers) {
      consumerSpend += cost[c];
    }
    ownCost += own;
    for (int r = 0; r < ROLES; r++) {
      double d = roleOrders[r] - roleOrderMean[r];
      roleOrderMean[r] += d * inverse;
      roleOrderM2[r] += d * (roleOrders[r] - roleOrderMean[r]);
      d = roleDemand[r] - roleDemandMean[r];
      roleDemandMean[r] += d * inverse;
      roleDemandM2[r] += d * (roleDemand[r] - roleDemandMean[r]);
    }
  }

  /** Returns one goods sum ({@code M_*}) of an actor. */
  double goods(int a, int field) {
    return goods[RunState.PAD + MI * a + field];
  }

  double revenue(int a) {
    return revenueSum[a];
  }

  double cost(int a) {
    return costSum[a];
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

  double consumerSpend() {
    return consumerSpend;
  }

  double ownCost() {
    return ownCost;
  }
}
