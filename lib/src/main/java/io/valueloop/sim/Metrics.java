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
   * With more than one thread: the orders, the consumer demand served and the own cost of each actor that orders this
   * tick, at {@code 3p}, {@code 3p + 1} and {@code 3p + 2} for its position {@code p} among the actors that order
   * ({@link Topology#A_SLOT}), written in its turn for {@link #sumTurns}, which then streams 24 bytes per such actor
   * in one array rather than a line of each one's records. Empty with one thread, whose turns form these sums as they
   * come.
   */
  private final double[] turnSums;
  /** The role ({@link Role#ordinal()}) of each actor that orders, by position, for {@link #sumTurns}. */
  private final byte[] turnRoles;
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
    int ordering = t.ordering.length;
    turnSums = new double[threaded ? Math.multiplyExact(3, ordering) : 0];
    turnRoles = new byte[threaded ? ordering : 0];
    for (int p = 0; p < turnRoles.length; p++) {
      turnRoles[p] = (byte) t.roleOrdinal[t.ordering[p]];
    }
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

  /**
   * Keeps the orders, consumer demand served and own cost of the actor at position {@code p} among the actors that
   * order for {@link #sumTurns} (with more than one thread).
   */
  void turnSum(int p, double orders, double demand, double own) {
    int i = 3 * p;
    turnSums[i] = orders;
    turnSums[i + 1] = demand;
    turnSums[i + 2] = own;
  }

  /**
   * Forms the role sums of this tick from {@link #turnSum}, in the order of the actors (so the same additions in the
   * same order as one thread's {@link #roleSum}), and returns the sum of the actors' own costs, formed the same way.
   */
  double sumTurns() {
    double[] kept = turnSums;
    byte[] roles = turnRoles;
    // Runs of one role (a level is mostly one role) are summed in registers: the same additions in the same order.
    int current = -1;
    double orders = 0;
    double demand = 0;
    double own = 0;
    for (int p = 0; p < roles.length; p++) {
      int role = roles[p];
      if (role != current) {
        if (current >= 0) {
          roleOrders[current] = orders;
          roleDemand[current] = demand;
        }
        current = role;
        orders = roleOrders[current];
        demand = roleDemand[current];
      }
      int i = 3 * p;
      orders += kept[i];
      demand += kept[i + 1];
      own += kept[i + 2];
    }
    if (current >= 0) {
      roleOrders[current] = orders;
      roleDemand[current] = demand;
    }
    return own;
  }

  /**
   * Adds every actor's revenue and cost of a measured tick, {@code from <= a < to}, to the sums; with {@code clear},
   * clears them for the next tick in the same pass, which reads them anyway.
   */
  void addMoney(double[] revenue, double[] cost, int from, int to, boolean clear) {
    if (clear) {
      for (int a = from; a < to; a++) {
        revenueSum[a] += revenue[a];
        costSum[a] += cost[a];
        revenue[a] = 0;
        cost[a] = 0;
      }
    } else {
      for (int a = from; a < to; a++) {
        revenueSum[a] += revenue[a];
        costSum[a] += cost[a];
      }
    }
  }

  /** Adds the tick's own costs and closes the tick's role sums. */
  void endTick(double own) {
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

  /**
   * Closes the sums once every measured tick's money has been added ({@link #addMoney}): what consumers spent over the
   * run is the sum of their costs, summed per segment over the ticks and then over the segments in order.
   */
  void finish() {
    double spend = 0;
    for (int c : t.consumers) {
      spend += costSum[c];
    }
    consumerSpend = spend;
  }

  double consumerSpend() {
    return consumerSpend;
  }

  double ownCost() {
    return ownCost;
  }
}
