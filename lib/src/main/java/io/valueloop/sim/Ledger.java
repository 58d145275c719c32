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
  /**
   * Own cost of each actor that orders, written in its turn for the passes after the turns that read it (collected
   * costs, channels, the conservation check); a plain turn ({@link PlainTurn}), which none of them follows, leaves
   * it.
   */
  final double[] ownCost;
  /**
   * Actors whose cost is collected after the turns ({@link #collect}) rather than added to by each seller in its
   * turn: with more than one thread, buyers with two or more sellers in one goods level, whose sellers may act at
   * the same time on different threads. Empty with one thread.
   */
  final boolean[] collected;
  private final int[] collectedActors;
  /** What a collected buyer pays the seller of each goods flow this tick, written in the seller's turn. */
  final double[] paid;
  /**
   * The own costs of every actor this tick, summed in actor order: in the turns with one thread; after them with more,
   * and then only in measured ticks, the only ones that read it ({@link Metrics#sumTurns}).
   */
  double ownCostThisTick;
  /** Per service flow: switched off by role dynamics (an inactive end, or a trade switched off); null if never. */
  boolean[] serviceOff;

  Ledger(Topology topology, boolean check, boolean threaded) {
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
    ownCost = new double[n];
    collected = new boolean[n];
    int count = 0;
    if (threaded) {
      int[] level = new int[n];
      for (int l = 0; l < topology.chain.levelCount(); l++) {
        for (int a = topology.chain.levelStart(l); a < topology.chain.levelEnd(l); a++) {
          level[a] = l;
        }
      }
      int[] seenBy = new int[topology.chain.levelCount()];
      for (int a = 0; a < n; a++) {
        for (int p = topology.inStart[a]; p < topology.inStart[a + 1]; p++) {
          int l = level[topology.seller[topology.inFlow[p]]];
          collected[a] |= seenBy[l] == a + 1;
          seenBy[l] = a + 1;
        }
        count += collected[a] ? 1 : 0;
      }
    }
    collectedActors = new int[count];
    count = 0;
    for (int a = 0; a < n; a++) {
      if (collected[a]) {
        collectedActors[count++] = a;
      }
    }
    paid = new double[count > 0 ? topology.m : 0];
  }

  /**
   * Clears the money of the previous tick but for revenue and cost, which the pass that adds them to the metrics
   * clears ({@link TickTeam#addMoney}).
   */
  void startTick() {
    Arrays.fill(purchases, 0);
    Arrays.fill(feesIn, 0);
    Arrays.fill(feesOut, 0);
    ownCostThisTick = 0;
  }

  /** Returns whether any actor's cost is collected after the turns. */
  boolean collects() {
    return collectedActors.length > 0;
  }

  /**
   * Collects the cost (and purchases) of the actors {@code from <= a < to} once every seller has shipped: the
   * payments on its supply flows, in seller order, with its own cost added where its own turn came (after the
   * sellers of lower index, which act before it only inside a goods cycle); the same sums, in the same order, as
   * if each seller had added to its buyers' costs in its turn. The range is of positions in the list of collected
   * actors.
   */
  void collect(int from, int to) {
    final int[] inStart = t.inStart;
    final int[] inFlow = t.inFlow;
    final int[] seller = t.seller;
    final byte[] kind = t.kind;
    for (int i = from; i < to; i++) {
      int a = collectedActors[i];
      boolean turn = kind[a] == Topology.STOCKIST || kind[a] == Topology.SOURCE;
      boolean ownAdded = !turn;
      double c = 0;
      double bought = 0;
      for (int p = inStart[a]; p < inStart[a + 1]; p++) {
        int g = inFlow[p];
        if (!ownAdded && seller[g] > a) {
          c += ownCost[a];
          ownAdded = true;
        }
        double x = paid[g];
        if (x != 0) {
          c += x;
          bought += x;
        }
      }
      if (!ownAdded) {
        c += ownCost[a];
      }
      cost[a] = c;
      if (trackPurchases) {
        purchases[a] = bought;
      }
    }
  }

  /** Returns the number of actors whose cost is collected. */
  int collectedCount() {
    return collectedActors.length;
  }

  /** Settles the service fees of this tick, in service-flow order, once every actor has shipped. */
  void settleFees() {
    int[] provider = t.serviceProvider;
    for (int f = 0; f < provider.length; f++) {
      if (serviceOff != null && serviceOff[f]) {
        continue;
      }
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
