package io.valueloop.sim;

import io.valueloop.model.Tolerance;

/**
 * The conservation laws of docs/design.md §3, checked at the end of a tick from cumulative counts kept beside the state:
 * <ul>
 *   <li>every goods flow: shipped = received + in transit, and ordered = arrived at the seller + orders in transit,
 *       and owed to the buyer = orders arrived − shipped − lost ({@link Shortage});</li>
 *   <li>every actor: on-hand − initial = made (or produced) − shipped − destroyed ({@link Fault}) − settled by a
 *       leaver rule ({@link Leaving}: out of a leaver, negative into the supplier it returns to); every input held =
 *       received − made · requirement; the supply line = ordered − received − lost (what the buyer has learnt of); for a source, released = produced + in production;
 *       with orders non-negative, no on-hand, input or owed quantity is negative;</li>
 *   <li>money: what sellers receive for goods equals what buyers pay, fees received equal fees paid, and consumer
 *       spend equals the profit of all other actors plus every actor's own costs (consumers are the only source of
 *       money, own costs the only sink).</li>
 * </ul>
 * Each equality holds within {@link Tolerance#EPSILON} relative to the larger of one and the gross volume behind
 * the quantities compared: Σ |x| over everything their counters added (shipments, orders, receipts, output), not
 * the net counts, which cancel when orders may be negative while rounding grows with every addition; the money
 * laws are relative to the sum of every actor's revenue and cost.
 * Costs O(actors + flows + pipeline slots) per tick.
 */
final class Conservation {
  private final Topology t;
  private final RunState state;
  private final Ledger ledger;
  private final double[] shipped;
  private final double[] received;
  private final double[] ordered;
  private final double[] arrived;
  private final double[] inputReceived;
  private final double[] made;
  private final double[] shippedBy;
  private final double[] released;
  /** Gross volume per goods flow and per actor: Σ |x| of what their counters added, the scale of rounding. */
  private final double[] flowVolume;
  private final double[] actorVolume;
  private final double[] destroyed;
  /** Per actor: stock settled away by role dynamics' leaver rules (negative for stock taken back). */
  private final double[] settled;

  Conservation(Topology t, RunState state, Ledger ledger) {
    this.t = t;
    this.state = state;
    this.ledger = ledger;
    shipped = new double[t.m];
    received = new double[t.m];
    ordered = new double[t.m];
    arrived = new double[t.m];
    inputReceived = new double[t.inputStart[t.n]];
    made = new double[t.n];
    shippedBy = new double[t.n];
    released = new double[t.n];
    flowVolume = new double[t.m];
    actorVolume = new double[t.n];
    destroyed = new double[t.n];
    settled = new double[t.n];
  }

  /** Counts the pipelines of a steady start: orders in transit and goods in transit ordered before tick 0. */
  void prefill(int g, double ordersInTransit, double goodsInTransit) {
    ordered[g] += ordersInTransit + goodsInTransit;
    arrived[g] += goodsInTransit;
    shipped[g] += goodsInTransit;
    flowVolume[g] += Math.abs(ordersInTransit) + 3 * Math.abs(goodsInTransit);
  }

  void prefillProduction(int a, double inProduction) {
    released[a] += inProduction;
    actorVolume[a] += Math.abs(inProduction);
  }

  void received(int g, double x) {
    received[g] += x;
    flowVolume[g] += Math.abs(x);
  }

  void inputReceived(int slot, double x) {
    inputReceived[slot] += x;
  }

  void ordered(int g, double x) {
    ordered[g] += x;
    flowVolume[g] += Math.abs(x);
  }

  void orderArrived(int g, double x) {
    arrived[g] += x;
    flowVolume[g] += Math.abs(x);
  }

  void shipped(int g, double x) {
    shipped[g] += x;
    flowVolume[g] += Math.abs(x);
  }

  void shippedBy(int a, double x) {
    shippedBy[a] += x;
    actorVolume[a] += Math.abs(x);
  }

  void made(int a, double x) {
    made[a] += x;
    actorVolume[a] += Math.abs(x);
  }

  void produced(int a, double x) {
    made[a] += x;
    actorVolume[a] += Math.abs(x);
  }

  void released(int a, double x) {
    released[a] += x;
    actorVolume[a] += Math.abs(x);
  }

  /** Counts stock destroyed by a fault ({@link Faults}). */
  void destroyed(int a, double x) {
    destroyed[a] += x;
    actorVolume[a] += Math.abs(x);
  }

  /** Counts stock a leaver settled away, or (negative) a supplier took back ({@link Leaving}). */
  void settled(int a, double x) {
    settled[a] += x;
    actorVolume[a] += Math.abs(x);
  }

  /** Returns the units lost on flow {@code g} (a sink of demand, see {@link Shortage}). */
  private double lost(int g) {
    double channel = state.channels == null ? 0 : state.channels.lost(g);
    return state.shortages == null ? channel : channel + state.shortages.lost[g];
  }

  /** Returns what is owed on flow {@code g}: by its seller, and by a platform that drop-ships for it. */
  private double owed(int g) {
    return state.channels == null ? state.owed(g) : state.owed(g) + state.channels.withPlatform(g);
  }

  /** Returns the units lost on flow {@code g} that its buyer has taken off its supply line. */
  private double lostSeen(int g) {
    return state.shortages == null ? 0 : state.shortages.lost[g] - state.shortages.pending[g];
  }

  void check(int tick) {
    boolean negative = state.negative;
    for (int g = 0; g < t.m; g++) {
      double inTransit = state.shipRingSum(g);
      equal(tick, "shipped", shipped[g], "received + in transit", received[g] + inTransit,
          flowVolume[g], flow(g));
      equal(tick, "ordered", ordered[g], "arrived + orders in transit", arrived[g] + state.orderRingSum(g),
          flowVolume[g], flow(g));
      equal(tick, "owed", owed(g), "orders arrived - shipped - lost", arrived[g] - shipped[g] - lost(g),
          flowVolume[g], flow(g));
      if (!negative) {
        atLeastZero(tick, "owed", state.owed(g), flowVolume[g], flow(g));
        atLeastZero(tick, "in transit", inTransit, flowVolume[g], flow(g));
      }
    }
    if (state.channels != null) {
      channelStocks(tick);
    }
    double consumerSpend = 0;
    double profitAndCost = 0;
    double sales = 0;
    double purchases = 0;
    double feesIn = 0;
    double feesOut = 0;
    double scale = 0;
    for (int a = 0; a < t.n; a++) {
      byte kind = t.kind[a];
      if (kind == Topology.STOCKIST || kind == Topology.SOURCE) {
        String where = "actor " + t.chain.id(a);
        double onHand = state.onHand(a);
        equal(tick, "on-hand change", onHand - t.initialInventory[a], "made - shipped - destroyed - settled",
            made[a] - shippedBy[a] - destroyed[a] - settled[a], t.initialInventory[a] + actorVolume[a], where);
        if (!negative) {
          atLeastZero(tick, "on-hand", onHand, t.initialInventory[a] + actorVolume[a], where);
        }
        if (kind == Topology.STOCKIST) {
          double outstanding = 0;
          double volume = 0;
          for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
            int g = t.inFlow[p];
            outstanding += ordered[g] - received[g] - lostSeen(g);
            volume += flowVolume[g];
          }
          equal(tick, "supply line", state.supplyLine(a), "ordered - received - lost", outstanding, volume, where);
          for (int k = t.inputStart[a]; k < t.inputStart[a + 1]; k++) {
            double inputOutstanding = 0;
            for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
              int g = t.inFlow[p];
              if (t.flowInt[Topology.FI * g + Topology.F_INPUT] == k) {
                inputOutstanding += ordered[g] - received[g] - lostSeen(g);
              }
            }
            equal(tick, "supply line of input " + (k - t.inputStart[a]), state.inputSupply[k], "ordered - received",
                inputOutstanding, volume, where);
            double stock = state.inputStock(k);
            equal(tick, "input held", stock, "received - made * requirement",
                inputReceived[k] - made[a] * t.inputRequirement[k],
                Math.abs(inputReceived[k]) + actorVolume[a] * t.inputRequirement[k], where);
            if (!negative) {
              atLeastZero(tick, "input held", stock, inputReceived[k], where);
            }
          }
        } else {
          double inProduction = state.productionRingSum(a);
          equal(tick, "released", released[a], "produced + in production", made[a] + inProduction,
              actorVolume[a], where);
          equal(tick, "supply line", state.supplyLine(a), "in production", inProduction,
              actorVolume[a], where);
        }
      }
      double revenue = ledger.revenue[a];
      double cost = ledger.cost[a];
      double size = Math.abs(revenue) + Math.abs(cost);
      equal(tick, "revenue", revenue, "sales + fees received", ledger.sales[a] + ledger.feesIn[a], size, "actor "
          + t.chain.id(a));
      equal(tick, "cost", cost, "purchases + fees paid + own cost", ledger.purchases[a] + ledger.feesOut[a]
          + ledger.ownCost[a], size, "actor " + t.chain.id(a));
      sales += ledger.sales[a];
      purchases += ledger.purchases[a];
      feesIn += ledger.feesIn[a];
      feesOut += ledger.feesOut[a];
      scale += Math.abs(revenue) + Math.abs(cost);
      if (kind == Topology.CONSUMER) {
        consumerSpend += cost;
      } else {
        profitAndCost += revenue - cost;
      }
      profitAndCost += ledger.ownCost[a];
    }
    equal(tick, "goods revenue", sales, "goods purchases", purchases, scale, "money");
    equal(tick, "fees received", feesIn, "fees paid", feesOut, scale, "money");
    equal(tick, "consumer spend", consumerSpend, "profit + own costs", profitAndCost, scale, "money");
  }

  /** With separate channel stocks, each business's online stock lies within its on-hand stock. */
  private void channelStocks(int tick) {
    Channels c = state.channels;
    for (int b = 0; b < t.n; b++) {
      if (c.setup[b] != null && !c.setup[b].integrated() && !c.setup[b].dropShips()) {
        double onHand = state.onHand(b);
        String where = "actor " + t.chain.id(b);
        atLeastZero(tick, "online stock", c.onlineStock[b], onHand, where);
        atLeastZero(tick, "offline stock", onHand - c.onlineStock[b], onHand, where);
        equal(tick, "stock left at step 5", c.leftOnHand[b], "on-hand", onHand, t.initialInventory[b]
            + actorVolume[b], where);
      }
    }
  }

  private String flow(int g) {
    return t.flowLabel(g);
  }

  private static void equal(int tick, String what, double actual, String rule, double expected, double scale,
      String where) {
    if (!(Math.abs(actual - expected) <= Tolerance.EPSILON * Math.max(1, scale))) {
      throw new IllegalStateException("conservation: " + what + " must be " + rule + " = " + expected
          + " but was " + actual + " (" + where + ", tick " + tick + ")");
    }
  }

  private static void atLeastZero(int tick, String what, double value, double scale, String where) {
    if (!(value >= -Tolerance.EPSILON * Math.max(1, Math.abs(scale)))) {
      throw new IllegalStateException("conservation: " + what + " must be non-negative but was " + value + " ("
          + where + ", tick " + tick + ")");
    }
  }
}
