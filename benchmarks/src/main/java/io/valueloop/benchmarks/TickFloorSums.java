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

  double ownCost;
  double consumerSpend;
  final double[] roleOrders = new double[ROLES];
  final double[] roleDemand = new double[ROLES];

  /** Clears the sums for the next tick. */
  void clear() {
    ownCost = 0;
    consumerSpend = 0;
    Arrays.fill(roleOrders, 0);
    Arrays.fill(roleDemand, 0);
  }
}
