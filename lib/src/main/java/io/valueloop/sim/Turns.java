package io.valueloop.sim;

/**
 * The actors' turns: steps 2 and 3 for a consumer segment, steps 2 and 4 to 8 for an actor that trades goods
 * (see {@link Simulation}). Reads and writes the run's {@link RunState} and {@link Ledger}; counts for the
 * {@link Conservation} check when it is on; adds to the {@link Metrics} in the measured ticks.
 */
final class Turns {
  private final Topology t;
  private final RunState s;
  private final Ledger ledger;
  private final Rules rules;
  private final DemandStream[] streams;
  private final Metrics metrics;
  private final Conservation conservation;
  private final boolean negative;
  private final boolean sharing;
  private final RuleView view;
  private final double[] uncoveredShare;
  /** The mechanics beyond the plain tick, each null when off: shortage rules, random lead times, sourcing rules. */
  private final Shortages shortages;
  private final LeadTimes leadTimes;
  private final Sourcing sourcing;
  /** The channels' steps 4 and 5 (null when no business has channels): see {@link ChannelTurn}. */
  private final ChannelTurn channelTurn;
  private final Channels channels;
  /** The turn of a stockist on the plain path, or null when the run has any mechanic it leaves out. */
  private final PlainTurn plain;
  /**
   * Whether any buyer's cost is collected after the turns ({@link Ledger#collected}); false with one thread, when the
   * turns then skip reading that array (one memory stream fewer per actor).
   */
  private final boolean collecting;
  /** The tick being simulated. */
  int tick;
  /** Whether this tick is measured (past the warm-up). */
  boolean measuring;
  /** Whether {@link #act} leaves out consumer segments, because they all acted first ({@link TickTeam}). */
  boolean consumersApart;
  /**
   * Whether the sums over actors (own costs, the metrics' role sums) are formed in the turns, in actor order: with
   * one thread; with several they are formed after the turns from what each turn keeps ({@link Metrics#sumTurns}).
   */
  boolean inlineSums;

  Turns(Topology t, RunState s, Ledger ledger, Rules rules, DemandStream[] streams, Metrics metrics,
      Conservation conservation, boolean sharing) {
    this.t = t;
    this.s = s;
    this.ledger = ledger;
    this.rules = rules;
    this.streams = streams;
    this.metrics = metrics;
    this.conservation = conservation;
    this.negative = s.negative;
    this.sharing = sharing;
    this.view = new RuleView(t, s);
    this.uncoveredShare = sharing ? s.uncoveredShare : null;
    this.shortages = s.shortages;
    this.leadTimes = s.leadTimes;
    this.sourcing = s.sourcing;
    this.collecting = ledger.collects();
    this.channels = s.channels;
    this.channelTurn = s.channels == null ? null : new ChannelTurn(t, s, ledger, conservation, uncoveredShare);
    this.plain = PlainTurn.of(t, s, ledger, rules, metrics, conservation, sharing, uncoveredShare);
  }

  /** Runs the turns of the actors {@code from <= a < to} in index order: segments, then actors that order. */
  void act(int from, int to) {
    final PlainTurn plainNow = s.linksTouched ? null : plain;
    // The kind from its own byte array: a plain segment's turn reads no line of the actor records.
    final byte[] kinds = t.kind;
    for (int a = from; a < to; a++) {
      int kind = kinds[a];
      if (kind == Topology.CONSUMER) {
        if (consumersApart) {
          continue;
        }
        if (plainNow != null) {
          plainNow.segmentTurn(a, tick);
        } else {
          consumerTurn(a);
        }
      } else if (kind == Topology.STOCKIST && plainNow != null && plainNow.takes(a)) {
        plainNow.turn(a, tick, measuring, inlineSums);
      } else if (kind == Topology.STOCKIST || kind == Topology.SOURCE) {
        actorTurn(a, kind);
      }
    }
  }

  /** Returns how many actors take the plain turn ({@link PlainTurn}) while no link is down; for tests. */
  int plainActors() {
    int count = 0;
    for (int a = 0; a < t.n && plain != null; a++) {
      count += t.kind[a] == Topology.STOCKIST && plain.takes(a) ? 1 : 0;
    }
    return count;
  }

  /**
   * Draws the demand of this tick of the segments in the positions {@code from <= slot < to} of {@link
   * Topology#consumers} into {@link RunState#drawn}, for their turns to read (step 3). A pass of its own because each
   * draw follows a chain of pointers (the stream, its generator) that a tight loop overlaps for many segments at once,
   * where the long turns between two draws would leave each one waiting on memory. Each stream is still asked once
   * per tick, so the numbers are the same. Segments of the built-in uniform demand are drawn from flat arrays, with
   * no pointer to follow ({@link FlatUniform}); the others then through their streams.
   */
  void drawDemand(int from, int to) {
    final int now = tick;
    final double[] drawn = s.drawn;
    final FlatUniform flat = s.flatDemand;
    if (flat == null) {
      for (int slot = from; slot < to; slot++) {
        drawn[slot] = streams[slot].next(now);
      }
      return;
    }
    flat.draw(drawn, from, to);
    final int[] others = flat.others;
    for (int k = flat.firstOther(from), end = flat.firstOther(to); k < end; k++) {
      int slot = others[k];
      drawn[slot] = streams[slot].next(now);
    }
  }

  /** Steps 2 and 3 for consumer segment {@code c}. */
  void consumerTurn(int c) {
    final int now = tick;
    final boolean links = s.linksTouched;
    final int r = RunState.record(c);
    final int from = t.actorInt[Topology.AI * c + Topology.A_IN];
    final int to = t.actorInt[Topology.AI * c + Topology.A_IN_END];
    double rec = 0;
    for (int p = from; p < to; p++) {
      rec += arrive(t.inFlow[p], now, links);
    }
    s.state[r + RunState.S_RECEIVED] = rec;
    double d = s.segmentDemand(c, t.actorInt[Topology.AI * c + Topology.A_SLOT], now);
    for (int p = from; p < to; p++) {
      sendOrder(t.inFlow[p], d, d, now);
    }
  }

  /** Steps 2 and 4 to 8 for actor {@code a}, a source or a stockist ({@code kind}). */
  void actorTurn(int a, int kind) {
    final int now = tick;
    final boolean links = s.linksTouched;
    final int[] flowInt = t.flowInt;
    final double[] data = s.flowData;
    final double[] st = s.state;
    final int r = RunState.record(a);
    final int ai = Topology.AI * a;

    // Step 2: goods (or production) due now arrive.
    double rec = 0;
    if (kind == Topology.STOCKIST) {
      boolean arrived = false;
      int to = t.actorInt[ai + Topology.A_IN_END];
      for (int p = t.actorInt[ai + Topology.A_IN]; p < to; p++) {
        int g = t.inFlow[p];
        double x = arrive(g, now, links);
        if (shortages != null) {
          double gone = shortages.takePending(g);
          if (gone != 0) {
            s.inputSupply[flowInt[Topology.FI * g + Topology.F_INPUT]] -= gone;
            st[r + RunState.S_SUPPLY] -= gone;
          }
        }
        if (x != 0) {
          int input = flowInt[Topology.FI * g + Topology.F_INPUT];
          s.inputStock[input] += x;
          s.inputSupply[input] -= x;
          rec += x;
          arrived = true;
          if (conservation != null) {
            conservation.inputReceived(input, x);
          }
        }
      }
      st[r + RunState.S_SUPPLY] -= rec;
      if (arrived) {
        assemble(a);
      }
    } else {
      int slot = s.productionBase[a] + (now & s.productionMask);
      rec = s.productionRing[slot];
      s.productionRing[slot] = 0;
      st[r + RunState.S_ON_HAND] += rec;
      st[r + RunState.S_SUPPLY] -= rec;
      if (conservation != null) {
        conservation.produced(a, rec);
      }
    }
    st[r + RunState.S_RECEIVED] = rec;

    // Step 4: orders due now arrive; step 5: ship.
    final int first = t.actorInt[ai + Topology.A_OUT];
    // A business with channels serves its flows in ChannelTurn, so the loops below see none of them.
    final int last = channelTurn != null && channelTurn.sells(a) ? first : t.actorInt[ai + Topology.A_OUT_END];
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
        if (shortages != null) {
          shortages.arrived(g, now, x);
        }
        if (conservation != null) {
          conservation.orderArrived(g, x);
        }
      }
      if (!links || !s.linkDown[g]) {
        outstanding += data[d + Topology.D_OWED];
      }
    }
    if (channelTurn != null && channelTurn.dropShips(a)) {
      arrivedOrders += channelTurn.dropArrive(a, now, links);
      outstanding += channelTurn.dropOutstanding;
    }
    st[r + RunState.S_INCOMING] = arrivedOrders;
    final double cap = st[r + RunState.S_CAPACITY];
    double fraction;
    if (negative) {
      fraction = cap > 0 ? 1 : 0;
    } else {
      double available = Math.min(st[r + RunState.S_ON_HAND], cap);
      // Branch-free where it matters: without safety stock an actor runs short about every other tick, so a branch
      // on "short or not" is mispredicted that often. The quotient is the same number the branch would compute.
      fraction = outstanding > 0 ? Math.min(1, available / outstanding) : 1;
    }
    double total = 0;
    double earned = 0;
    double toConsumers = 0;
    double served = 0;
    double stillOwed = 0;
    final double[] paid = ledger.paid;
    final boolean[] collected = ledger.collected;
    for (int g = first; g < last; g++) {
      int f = Topology.FI * g;
      int d = flowInt[f + Topology.F_DATA];
      served += data[d + Topology.D_COEFFICIENT] * data[d + Topology.D_EXPOSURE];
      double owedNow = data[d + Topology.D_OWED];
      if ((links && s.linkDown[g]) || fraction == 0) {
        if (shortages != null && shortages.loses(g)) {
          owedNow -= shortages.settle(g, now, 0, owedNow, data[d + Topology.D_PRICE], measuring);
          data[d + Topology.D_OWED] = owedNow;
        }
        stillOwed += owedNow;
        if (collecting && collected[flowInt[f + Topology.F_BUYER]]) {
          paid[g] = 0;
        }
        continue;
      }
      double ship = owedNow * fraction;
      if (!negative && ship > data[d + Topology.D_CAPACITY]) {
        ship = data[d + Topology.D_CAPACITY];
      }
      double left = owedNow - ship;
      if (shortages != null && shortages.loses(g)) {
        left -= shortages.settle(g, now, ship, left, data[d + Topology.D_PRICE], measuring);
      }
      data[d + Topology.D_OWED] = left;
      stillOwed += left;
      double pay = 0;
      if (ship != 0) {
        int clock = links ? now - s.paused[g] : now;
        if (leadTimes != null && leadTimes.has(g)) {
          leadTimes.ship(g, clock, ship);
        } else {
          data[d + Topology.D_SHIP + ((clock + flowInt[f + Topology.F_LEAD]) & flowInt[f + Topology.F_SHIP_MASK])] =
              ship;
        }
        total += ship;
        pay = ship * data[d + Topology.D_PRICE];
        earned += pay;
        if (ledger.trackConsumerSales && t.kind[flowInt[f + Topology.F_BUYER]] == Topology.CONSUMER) {
          toConsumers += pay;
        }
        if (conservation != null) {
          conservation.shipped(g, ship);
        }
      }
      int b = flowInt[f + Topology.F_BUYER];
      if (collecting && collected[b]) {
        // Collected from here once every seller has shipped (Ledger.collect).
        paid[g] = pay;
      } else if (ship != 0) {
        ledger.cost[b] += pay;
        if (ledger.trackPurchases) {
          ledger.purchases[b] += pay;
        }
      }
    }
    if (channelTurn != null && channelTurn.acts(a)) {
      ChannelTurn c = channelTurn;
      c.ship(a, fraction, now, links, measuring);
      arrivedOrders += c.arrived;
      uncovered += c.uncovered;
      total += c.shipped;
      earned += c.earned;
      toConsumers += ledger.trackConsumerSales ? c.earned : 0;
      served += c.served;
      stillOwed += c.owed;
      st[r + RunState.S_INCOMING] = arrivedOrders;
    }
    double stock = st[r + RunState.S_ON_HAND] - total;
    st[r + RunState.S_ON_HAND] = negative ? stock : Math.max(stock, 0.0);
    st[r + RunState.S_OWED] = stillOwed;
    st[r + RunState.S_SHIPPED] = total;
    st[r + RunState.S_EXPOSURE] = served;
    if (conservation != null) {
      conservation.shippedBy(a, total);
    }

    // Step 6: money for shipments and own costs (fees are settled once every actor has shipped).
    ledger.revenue[a] = earned;
    if (ledger.trackSales) {
      ledger.sales[a] = earned;
    }
    if (ledger.trackConsumerSales) {
      ledger.consumerSales[a] = toConsumers;
    }
    double onHandNow = s.onHandView(a);
    double backlogNow = s.backlogView(a);
    double own = st[r + RunState.S_UNIT_COST] * total + st[r + RunState.S_HOLDING_COST] * onHandNow
        + st[r + RunState.S_BACKLOG_COST] * backlogNow;
    ledger.ownCost[a] = own;
    if (!collecting || !collected[a]) {
      ledger.cost[a] += own;
    }
    if (inlineSums) {
      ledger.ownCostThisTick += own;
    }

    // Step 7: the demand signal.
    int pairs = t.actorInt[ai + Topology.A_PAIR];
    int pairsEnd = t.actorInt[ai + Topology.A_PAIR_END];
    st[r + RunState.S_SIGNAL] = sharing && pairs < pairsEnd ? s.sharedSignal(pairs, pairsEnd, now) + uncovered
        : arrivedOrders;

    // Step 8: the order.
    view.actor = a;
    view.tick = now;
    double alpha = rules.flat[2 * a];
    double q = alpha > 0 ? rules.smoothedOrder(a, alpha, view) : rules.rules[a].order(view);
    if (Double.isNaN(q) || Double.isInfinite(q)) {
      throw new IllegalStateException("order must be finite but was " + q + " (actor " + t.chain.id(a) + ", tick "
          + now + ")");
    }
    if (!negative && q < 0) {
      q = 0;
    }
    if (kind == Topology.SOURCE) {
      if (!negative && q > cap) {
        q = cap;
      }
      s.productionRing[s.productionBase[a] + ((now + s.production) & s.productionMask)] = q;
      st[r + RunState.S_SUPPLY] += q;
      if (conservation != null) {
        conservation.released(a, q);
      }
    } else if (t.actorInt[ai + Topology.A_INPUT_END] - t.actorInt[ai + Topology.A_INPUT] > 1) {
      orderInputs(a, q, served, now);
    } else if (sourcing != null && sourcing.weigh(a)) {
      int to = t.actorInt[ai + Topology.A_IN_END];
      double sent = 0;
      for (int p = t.actorInt[ai + Topology.A_IN]; p < to; p++) {
        int g = t.inFlow[p];
        int k = flowInt[Topology.FI * g + Topology.F_INPUT];
        double x = sendUnits(g, q * t.inputRequirement[k] * sourcing.share(p, k), served, now);
        s.inputSupply[k] += x;
        sent += x;
      }
      st[r + RunState.S_SUPPLY] += sent;
    } else {
      int to = t.actorInt[ai + Topology.A_IN_END];
      for (int p = t.actorInt[ai + Topology.A_IN]; p < to; p++) {
        int g = t.inFlow[p];
        s.inputSupply[flowInt[Topology.FI * g + Topology.F_INPUT]] += sendOrder(g, q, served, now);
      }
      st[r + RunState.S_SUPPLY] += q * st[r + RunState.S_COEFFICIENT_SUM];
    }
    st[r + RunState.S_ORDERED] = q;
    if (measuring) {
      // Fill rate counts shipments against the older backlog first.
      double fresh = total - backlogBefore;
      metrics.goods(a, onHandNow, backlogNow, arrivedOrders, Math.max(0.0, Math.min(fresh, arrivedOrders)), q,
          served);
      if (inlineSums) {
        metrics.roleSum(t.actorInt[ai + Topology.A_ROLE], q, served);
      } else {
        metrics.turnSum(t.actorInt[ai + Topology.A_SLOT], q, served, own);
      }
    }
  }

  /**
   * Takes the goods due now off the shipping ring of goods flow {@code g} (step 2) and returns them; nothing while
   * the link is down (its ring is paused).
   */
  private double arrive(int g, int now, boolean links) {
    if (links && s.linkDown[g]) {
      return 0;
    }
    int f = Topology.FI * g;
    int clock = links ? now - s.paused[g] : now;
    int slot = t.flowInt[f + Topology.F_DATA] + Topology.D_SHIP + (clock & t.flowInt[f + Topology.F_SHIP_MASK]);
    double x = s.flowData[slot];
    if (leadTimes != null) {
      x += leadTimes.arrive(g, clock);
    }
    if (channels != null) {
      x += channels.arrive(g, clock);
    }
    if (x != 0) {
      s.flowData[slot] = 0;
      if (conservation != null) {
        conservation.received(g, x);
      }
    }
    return x;
  }

  /**
   * Sends an order for {@code q} units of the buyer's own product (or demand) on goods flow {@code g}: {@code q ·
   * coefficient(g)} units, due at the seller after the flow's order delay (step 8, or step 3 for a segment). With
   * it goes the consumer demand the buyer serves this tick, which the seller adds up at step 5.
   */
  private double sendOrder(int g, double q, double exposure, int now) {
    return sendUnits(g, q * s.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT],
        exposure, now);
  }

  /** Sends an order for {@code x} units of the seller's product on goods flow {@code g}, as {@link #sendOrder}. */
  private double sendUnits(int g, double x, double exposure, int now) {
    int f = Topology.FI * g;
    int d = t.flowInt[f + Topology.F_DATA];
    s.flowData[d + Topology.D_EXPOSURE] = exposure;
    s.flowData[t.flowInt[f + Topology.F_ORDER] + ((now + t.flowInt[f + Topology.F_DELAY])
        & t.flowInt[f + Topology.F_ORDER_MASK])] = x;
    if (conservation != null) {
      conservation.ordered(g, x);
    }
    return x;
  }

  /**
   * Step 8 for an assembler (two or more inputs): the rule's order {@code q} becomes one order per input
   * ({@link Assembly#orderInputs}), sent as {@code q_k · coefficient(g)} on each flow {@code g} of input {@code k}
   * (or split by the sourcing rule).
   */
  private void orderInputs(int a, double q, double served, int now) {
    Assembly.orderInputs(t, s, a, q, negative);
    double total = 0;
    boolean sourced = sourcing != null && sourcing.weigh(a);
    int end = t.actorInt[Topology.AI * a + Topology.A_IN_END];
    for (int p = t.actorInt[Topology.AI * a + Topology.A_IN]; p < end; p++) {
      int g = t.inFlow[p];
      int k = t.flowInt[Topology.FI * g + Topology.F_INPUT];
      double x = sourced ? sendUnits(g, s.inputOrder[k] * t.inputRequirement[k] * sourcing.share(p, k), served, now)
          : sendOrder(g, s.inputOrder[k], served, now);
      s.inputSupply[k] += x;
      total += x;
    }
    s.state[RunState.record(a) + RunState.S_SUPPLY] += total;
  }

  /** Step 2 for a stockist whose goods arrived: makes what its inputs allow ({@link Assembly#make}). */
  private void assemble(int a) {
    double made = Assembly.make(t, s, a);
    s.state[RunState.record(a) + RunState.S_ON_HAND] += made;
    if (conservation != null && made != 0) {
      conservation.made(a, made);
    }
  }
}
