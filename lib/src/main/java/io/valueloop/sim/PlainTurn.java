package io.valueloop.sim;

/**
 * Steps 2 and 4 to 8 for the most common actor of the most common run, without the tests for what that run does not
 * have: a stockist with one input and the order-up-to rule with exponential smoothing ({@link Rules#flat}), in a run
 * without shortage rules, random lead times, sourcing rules, channels, negative orders, collected costs or the
 * conservation check, and with no link ever down (faults, events and role dynamics only change the numbers it reads).
 * It does the same operations in the same order as {@link Turns#actorTurn} does on that path, so the numbers are the
 * same bit for bit ({@code PlainTurnTest} runs both on random chains); it is only shorter: some forty tests and field
 * reads fewer per actor, and the rule's inputs taken from the turn's own numbers rather than read back through the
 * view. Measured in benchmarks/README.md.
 */
final class PlainTurn {
  private final Topology t;
  private final RunState s;
  private final Ledger ledger;
  private final Rules rules;
  private final Metrics metrics;
  private final RuleView view;
  /** Whether demand data is shared, and each goods flow's uncovered share of orders: as in {@link Turns}. */
  private final boolean sharing;
  private final double[] uncoveredShare;

  private PlainTurn(Topology t, RunState s, Ledger ledger, Rules rules, Metrics metrics, boolean sharing,
      double[] uncoveredShare) {
    this.t = t;
    this.s = s;
    this.ledger = ledger;
    this.rules = rules;
    this.metrics = metrics;
    this.view = new RuleView(t, s);
    this.sharing = sharing;
    this.uncoveredShare = uncoveredShare;
  }

  /** Returns the plain turn of a run, or null when the run has anything the plain turn leaves out. */
  static PlainTurn of(Topology t, RunState s, Ledger ledger, Rules rules, Metrics metrics, Conservation conservation,
      boolean sharing, double[] uncoveredShare) {
    boolean plain = s.shortages == null && s.leadTimes == null && s.sourcing == null && s.channels == null
        && conservation == null && !s.negative && !ledger.collects();
    return plain ? new PlainTurn(t, s, ledger, rules, metrics, sharing, uncoveredShare) : null;
  }

  /**
   * Returns whether stockist {@code a} takes the plain turn: one input and a flat rule (the caller checks that no link
   * of the run has ever been down).
   */
  boolean takes(int a) {
    int ai = Topology.AI * a;
    return t.actorInt[ai + Topology.A_INPUT_END] - t.actorInt[ai + Topology.A_INPUT] == 1 && rules.flat[2 * a] > 0;
  }

  /**
   * Steps 2 and 3 for consumer segment {@code c} in tick {@code now}: {@link Turns#consumerTurn} without the tests for
   * links down, random lead times, channels and the conservation check, and with its flows from the adjacency rather
   * than its actor record.
   */
  void segmentTurn(int c, int now) {
    final int[] flowInt = t.flowInt;
    final double[] data = s.flowData;
    final int from = t.inStart[c];
    final int to = t.inStart[c + 1];
    double rec = 0;
    for (int p = from; p < to; p++) {
      int f = Topology.FI * t.inFlow[p];
      int slot = flowInt[f + Topology.F_DATA] + Topology.D_SHIP + (now & flowInt[f + Topology.F_SHIP_MASK]);
      double x = data[slot];
      if (x != 0) {
        data[slot] = 0;
        rec += x;
      }
    }
    s.state[RunState.record(c) + RunState.S_RECEIVED] = rec;
    double d = s.segmentDemand(c, t.consumerSlot[c], now);
    for (int p = from; p < to; p++) {
      int f = Topology.FI * t.inFlow[p];
      int block = flowInt[f + Topology.F_DATA];
      data[block + Topology.D_EXPOSURE] = d;
      data[flowInt[f + Topology.F_ORDER] + ((now + flowInt[f + Topology.F_DELAY]) & flowInt[f + Topology.F_ORDER_MASK])]
          = d * data[block + Topology.D_COEFFICIENT];
    }
  }

  /** The turn of stockist {@code a} ({@link #takes}) in tick {@code now}. */
  void turn(int a, int now, boolean measuring, boolean inlineSums) {
    final int[] actorInt = t.actorInt;
    final int[] flowInt = t.flowInt;
    final double[] data = s.flowData;
    final double[] st = s.state;
    final int r = RunState.record(a);
    final int ai = Topology.AI * a;
    final int input = actorInt[ai + Topology.A_INPUT];
    final int inFrom = actorInt[ai + Topology.A_IN];
    final int inTo = actorInt[ai + Topology.A_IN_END];

    // Step 2: goods due now arrive, and what the one input allows is made.
    double rec = 0;
    boolean arrived = false;
    for (int p = inFrom; p < inTo; p++) {
      int f = Topology.FI * t.inFlow[p];
      int slot = flowInt[f + Topology.F_DATA] + Topology.D_SHIP + (now & flowInt[f + Topology.F_SHIP_MASK]);
      double x = data[slot];
      if (x != 0) {
        data[slot] = 0;
        s.inputStock[input] += x;
        s.inputSupply[input] -= x;
        rec += x;
        arrived = true;
      }
    }
    st[r + RunState.S_SUPPLY] -= rec;
    if (arrived) {
      st[r + RunState.S_ON_HAND] += s.inputStock[input] * t.inverseRequirement[input];
      s.inputStock[input] = 0;
    }
    st[r + RunState.S_RECEIVED] = rec;

    // Step 4: orders due now arrive; step 5: ship.
    final int first = actorInt[ai + Topology.A_OUT];
    final int last = actorInt[ai + Topology.A_OUT_END];
    final double backlogBefore = st[r + RunState.S_OWED];
    double arrivedOrders = 0;
    double uncovered = 0;
    double outstanding = 0;
    for (int g = first; g < last; g++) {
      int f = Topology.FI * g;
      int d = flowInt[f + Topology.F_DATA];
      int slot = flowInt[f + Topology.F_ORDER] + (now & flowInt[f + Topology.F_ORDER_MASK]);
      double x = data[slot];
      if (x != 0) {
        data[slot] = 0;
        arrivedOrders += x;
        if (uncoveredShare != null) {
          uncovered += x * uncoveredShare[g];
        }
        data[d + Topology.D_OWED] += x;
      }
      outstanding += data[d + Topology.D_OWED];
    }
    st[r + RunState.S_INCOMING] = arrivedOrders;
    double available = Math.min(st[r + RunState.S_ON_HAND], st[r + RunState.S_CAPACITY]);
    double fraction = outstanding > 0 ? Math.min(1, available / outstanding) : 1;
    double total = 0;
    double earned = 0;
    double toConsumers = 0;
    double served = 0;
    double stillOwed = 0;
    final double[] cost = ledger.cost;
    for (int g = first; g < last; g++) {
      int f = Topology.FI * g;
      int d = flowInt[f + Topology.F_DATA];
      served += data[d + Topology.D_COEFFICIENT] * data[d + Topology.D_EXPOSURE];
      double owedNow = data[d + Topology.D_OWED];
      if (fraction == 0) {
        stillOwed += owedNow;
        continue;
      }
      double ship = Math.min(owedNow * fraction, data[d + Topology.D_CAPACITY]);
      double left = owedNow - ship;
      data[d + Topology.D_OWED] = left;
      stillOwed += left;
      if (ship != 0) {
        data[d + Topology.D_SHIP + ((now + flowInt[f + Topology.F_LEAD]) & flowInt[f + Topology.F_SHIP_MASK])] = ship;
        total += ship;
        double pay = ship * data[d + Topology.D_PRICE];
        earned += pay;
        int b = flowInt[f + Topology.F_BUYER];
        if (ledger.trackConsumerSales && t.kind[b] == Topology.CONSUMER) {
          toConsumers += pay;
        }
        cost[b] += pay;
        if (ledger.trackPurchases) {
          ledger.purchases[b] += pay;
        }
      }
    }
    double onHandNow = Math.max(st[r + RunState.S_ON_HAND] - total, 0.0);
    st[r + RunState.S_ON_HAND] = onHandNow;
    st[r + RunState.S_OWED] = stillOwed;
    st[r + RunState.S_SHIPPED] = total;
    st[r + RunState.S_EXPOSURE] = served;

    // Step 6: money for shipments and own costs.
    ledger.revenue[a] = earned;
    if (ledger.trackSales) {
      ledger.sales[a] = earned;
    }
    if (ledger.trackConsumerSales) {
      ledger.consumerSales[a] = toConsumers;
    }
    double own = st[r + RunState.S_UNIT_COST] * total + st[r + RunState.S_HOLDING_COST] * onHandNow
        + st[r + RunState.S_BACKLOG_COST] * stillOwed;
    cost[a] += own;
    // No pass after the turns reads an actor's own cost in a plain run (collected costs, channels and the conservation
    // check do, and a plain run has none of them): only the sum of own costs, formed here or from turnSum.
    if (inlineSums) {
      ledger.ownCostThisTick += own;
    }

    // Step 7: the demand signal.
    int pairs = actorInt[ai + Topology.A_PAIR];
    int pairsEnd = actorInt[ai + Topology.A_PAIR_END];
    double signal = sharing && pairs < pairsEnd ? s.sharedSignal(pairs, pairsEnd, now) + uncovered : arrivedOrders;
    st[r + RunState.S_SIGNAL] = signal;

    // Step 8: the order, on every supply flow of the one input. The inventory position is the view's (on hand -
    // backlog + supply line), from the numbers at hand: without negative orders the backlog is what is owed, and one
    // input's supply line is the supply over the coefficients' sum.
    view.actor = a;
    view.tick = now;
    double position = onHandNow - stillOwed + st[r + RunState.S_SUPPLY] * st[r + RunState.S_INVERSE_COEFFICIENT_SUM];
    double q = rules.smoothedOrder(a, rules.flat[2 * a], signal, view.leadTime(), position, view);
    if (Double.isNaN(q) || Double.isInfinite(q)) {
      throw new IllegalStateException("order must be finite but was " + q + " (actor " + t.chain.id(a) + ", tick "
          + now + ")");
    }
    if (q < 0) {
      q = 0;
    }
    for (int p = inFrom; p < inTo; p++) {
      int f = Topology.FI * t.inFlow[p];
      int d = flowInt[f + Topology.F_DATA];
      double x = q * data[d + Topology.D_COEFFICIENT];
      data[d + Topology.D_EXPOSURE] = served;
      data[flowInt[f + Topology.F_ORDER] + ((now + flowInt[f + Topology.F_DELAY]) & flowInt[f + Topology.F_ORDER_MASK])]
          = x;
      s.inputSupply[input] += x;
    }
    st[r + RunState.S_SUPPLY] += q * st[r + RunState.S_COEFFICIENT_SUM];
    st[r + RunState.S_ORDERED] = q;
    if (measuring) {
      double fresh = total - backlogBefore;
      metrics.goods(a, onHandNow, stillOwed, arrivedOrders, Math.max(0.0, Math.min(fresh, arrivedOrders)), q, served);
      if (inlineSums) {
        metrics.roleSum(actorInt[ai + Topology.A_ROLE], q, served);
      } else {
        metrics.turnSum(actorInt[ai + Topology.A_SLOT], q, served, own);
      }
    }
  }
}
