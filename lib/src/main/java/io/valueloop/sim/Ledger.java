package io.valueloop.sim;

import io.valueloop.model.FeeBase;
import java.util.Arrays;

/**
 * The money of one tick (step 6): every actor's revenue and cost, and the parts of them only where a fee base or the
 * conservation check needs them (sales, sales to consumers, purchases, fees in and out, own cost). Cleared at the
 * start of each tick; fees are settled once every actor has shipped.
 */
final class Ledger {
  private final Topology t;
  final double[] revenue;
  final double[] cost;
  final boolean trackSales;
  final boolean trackConsumerSales;
  final boolean trackPurchases;
  final boolean trackLedger;
  final double[] sales;
  final double[] consumerSales;
  final double[] purchases;
  final double[] feesIn;
  final double[] feesOut;
  final double[] ownCost;
  /** The own costs of every actor this tick, summed in actor order. */
  double ownCostThisTick;

  Ledger(Topology topology, boolean check) {
    this.t = topology;
    int n = topology.n;
    revenue = new double[n];
    cost = new double[n];
    boolean[] bases = new boolean[FeeBase.values().length];
    for (int f = 0; f < topology.serviceBase.length; f++) {
      bases[topology.serviceBase[f]] |= topology.serviceRate[f] > 0;
    }
    trackLedger = check;
    trackSales = check || bases[FeeBase.REVENUE.ordinal()];
    trackConsumerSales = bases[FeeBase.CONSUMER_REVENUE.ordinal()];
    trackPurchases = check || bases[FeeBase.PURCHASES.ordinal()];
    sales = new double[trackSales ? n : 0];
    consumerSales = new double[trackConsumerSales ? n : 0];
    purchases = new double[trackPurchases ? n : 0];
    feesIn = new double[trackLedger ? n : 0];
    feesOut = new double[trackLedger ? n : 0];
    ownCost = new double[trackLedger ? n : 0];
  }

  /** Clears the money of the previous tick. */
  void startTick() {
    Arrays.fill(revenue, 0);
    Arrays.fill(cost, 0);
    Arrays.fill(purchases, 0);
    Arrays.fill(feesIn, 0);
    Arrays.fill(feesOut, 0);
    ownCostThisTick = 0;
  }

  /** Settles the service fees of this tick, in service-flow order, once every actor has shipped. */
  void settleFees() {
    int[] provider = t.serviceProvider;
    for (int f = 0; f < provider.length; f++) {
      int s = t.serviceServed[f];
      double base;
      if (t.serviceRate[f] == 0) {
        base = 0;
      } else if (t.serviceBase[f] == FeeBase.REVENUE.ordinal()) {
        base = sales[s];
      } else if (t.serviceBase[f] == FeeBase.CONSUMER_REVENUE.ordinal()) {
        base = consumerSales[s];
      } else {
        base = purchases[s];
      }
      double fee = t.serviceFee[f] + t.serviceRate[f] * base;
      cost[s] += fee;
      revenue[provider[f]] += fee;
      if (trackLedger) {
        feesOut[s] += fee;
        feesIn[provider[f]] += fee;
      }
    }
  }
}
