package io.valueloop.benchmarks;

import io.valueloop.model.Role;
import java.util.Arrays;

/**
 * The sums over actors of one tick that one thread forms in its turns: the own costs, the consumers' spending (of
 * the previous tick, whose payments complete after the segments' turns) and, per role, the orders placed and the
 * consumer demand served. Each thread has its own; {@link TickFloorRun} adds them up at the end of the tick.
 */
final class TickFloorSums {
  static final int ROLES = Role.values().length;

  /** Doubles of padding around the sums, so that two threads' sums never share a cache line. */
  private static final int PAD = 8;

  double ownCost;
  double consumerSpend;
  final double[] roleOrders = new double[ROLES + PAD];
  final double[] roleDemand = new double[ROLES + PAD];
  /** Keeps the next thread's sums out of this one's cache lines. */
  final double[] padding = new double[PAD];

  /** Adds a run of orders and served demand of role {@code role} (nothing if {@code role} is negative). */
  void add(int role, double orders, double demand) {
    if (role >= 0) {
      roleOrders[role] += orders;
      roleDemand[role] += demand;
    }
  }

  /** Clears the sums for the next tick. */
  void clear() {
    ownCost = 0;
    consumerSpend = 0;
    Arrays.fill(roleOrders, 0);
    Arrays.fill(roleDemand, 0);
  }
}
