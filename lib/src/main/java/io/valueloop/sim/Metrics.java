package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Arrays;

/**
 * Running sums over the measured ticks {@code [warmUp, ticks)}: means by sums, variances by Welford's online
 * algorithm (Welford 1962, Technometrics 4(3)), which stays accurate where the sum of squares would cancel. O(1)
 * per actor and tick, no allocation.
 */
final class Metrics {
  static final int ROLES = Role.values().length;

  final Topology t;
  final int measured;
  int count;
  private double inverse;

  final double[] onHandSum;
  final double[] backlogSum;
  final double[] incomingSum;
  final double[] filledSum;
  final double[] revenueSum;
  final double[] costSum;
  final double[] orderMean;
  final double[] orderM2;
  final double[] demandMean;
  final double[] demandM2;

  final double[] roleOrderMean = new double[ROLES];
  final double[] roleOrderM2 = new double[ROLES];
  final double[] roleDemandMean = new double[ROLES];
  final double[] roleDemandM2 = new double[ROLES];
  private final double[] roleOrders = new double[ROLES];
  private final double[] roleDemand = new double[ROLES];

  double consumerSpend;
  double ownCost;

  Metrics(Topology t, int measured) {
    this.t = t;
    this.measured = measured;
    int n = t.n;
    onHandSum = new double[n];
    backlogSum = new double[n];
    incomingSum = new double[n];
    filledSum = new double[n];
    revenueSum = new double[n];
    costSum = new double[n];
    orderMean = new double[n];
    orderM2 = new double[n];
    demandMean = new double[n];
    demandM2 = new double[n];
  }

  void startTick() {
    count++;
    inverse = 1.0 / count;
    Arrays.fill(roleOrders, 0);
    Arrays.fill(roleDemand, 0);
  }

  /** Adds the goods quantities of an actor that orders, at the end of its turn. */
  void goods(int a, double onHand, double backlog, double incoming, double filled, double orders, double demand) {
    onHandSum[a] += onHand;
    backlogSum[a] += backlog;
    incomingSum[a] += incoming;
    filledSum[a] += filled;
    double d = orders - orderMean[a];
    orderMean[a] += d * inverse;
    orderM2[a] += d * (orders - orderMean[a]);
    d = demand - demandMean[a];
    demandMean[a] += d * inverse;
    demandM2[a] += d * (demand - demandMean[a]);
    int r = t.roleOrdinal[a];
    roleOrders[r] += orders;
    roleDemand[r] += demand;
  }

  /** Adds the money of every actor and closes the tick. */
  void endTick(double[] revenue, double[] cost, double own) {
    for (int a = 0; a < revenue.length; a++) {
      revenueSum[a] += revenue[a];
      costSum[a] += cost[a];
    }
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
}
