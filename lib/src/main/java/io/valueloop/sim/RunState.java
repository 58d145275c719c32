package io.valueloop.sim;

import java.util.Arrays;

/**
 * The goods state of one run and its layout: every actor's record, every goods flow's block with its two rings, the
 * inputs held, the production rings, the consumer demand history and the link outages. Written by the turns
 * ({@link Turns}) and the event schedule ({@link EventSchedule}); read by the views and the conservation check.
 *
 * <p>Layout: the state of actor {@code a} is the record {@code state[AS·a .. AS·a + AS)} (fields {@code S_*}); the
 * data of goods flow {@code g} is the block of {@code flowData} at {@link Topology#F_DATA}: owed quantity, price,
 * coefficient, capacity and the consumer demand its buyer serves, then the shipping ring, then the order ring. A
 * ring of length {@code 2^k > delay} is read at {@code clock & mask} and written at {@code (clock + delay) & mask},
 * so reads and writes of one tick never meet and {@code delay = 0} reads what was written earlier in the same tick.
 */
final class RunState {
  /*
   * Field order: the four fields a consumer segment uses come first, so that its turn touches one cache line of
   * its record; an ordering actor uses both lines.
   */
  static final int S_DEMAND_FACTOR = 0;
  static final int S_RECEIVED = 1;
  static final int S_ORDERED = 2;
  static final int S_EXPOSURE = 3;
  static final int S_ON_HAND = 4;
  static final int S_OWED = 5;
  static final int S_SUPPLY = 6;
  static final int S_CAPACITY = 7;
  static final int S_INCOMING = 8;
  static final int S_SHIPPED = 9;
  static final int S_UNIT_COST = 10;
  static final int S_HOLDING_COST = 11;
  static final int S_BACKLOG_COST = 12;
  static final int S_COEFFICIENT_SUM = 13;
  static final int S_INVERSE_COEFFICIENT_SUM = 14;
  static final int S_SIGNAL = 15;
  /** Doubles per actor record: two cache lines. */
  static final int AS = 16;
  /**
   * Doubles before the first record. A large array is allocated at the start of a G1 region (a humongous object)
   * and its elements begin 16 bytes after that (the header, with compressed class pointers), so 6 doubles of
   * padding put every record on cache-line boundaries: an actor's record costs two lines rather than three. For a
   * small array the padding is harmless.
   */
  static final int PAD = 6;

  final Topology t;
  final boolean negative;
  final int production;
  final int productionMask;

  final double[] state;
  final double[] flowData;
  final double[] inputStock;
  /** Per input slot: units of that input ordered and not yet received (the supply line of one input). */
  final double[] inputSupply;
  /** Per input slot: scratch for an assembler's order of that input this tick, in finished units. */
  final double[] inputOrder;
  final int[] productionBase;
  final double[] productionRing;

  /** Demand history of the segments for information sharing: a ring of {@code historyLength} per segment. */
  final int historyLength;
  final int historyMask;
  final double[] history;

  /** The demand each segment drew this tick, by position in {@link Topology#consumers} ({@link Turns#drawDemand}). */
  final double[] drawn;
  /** The segments drawn from flat arrays, or null when none has the built-in uniform demand (set by {@link Run}). */
  FlatUniform flatDemand;

  /** Link outages: flows paused and the ticks each has been paused (its shipping clock is tick - paused). */
  final boolean[] linkDown;
  final int[] paused;
  /** Whether any link has ever been down in this run; until then the turns skip every link test. */
  boolean linksTouched;
  /** The random shipping lead times, or null when every flow's is fixed (set by {@link Run}). */
  LeadTimes leadTimes;
  /** The shortage rules, or null when every flow backorders (set by {@link Run}). */
  Shortages shortages;
  /** The sourcing rules, or null when every buyer keeps fixed shares (set by {@link Run}). */
  Sourcing sourcing;
  /** The channels, or null when no business has channels (set by {@link Run}). */
  Channels channels;
  /**
   * The information-sharing weights and uncovered shares the turns read: the topology's, or copies that follow role
   * dynamics ({@link DataWeights}); set before the turns are made.
   */
  double[] pairWeight;
  double[] uncoveredShare;

  RunState(Topology topology, Scenario scenario, boolean sharing) {
    this.t = topology;
    int n = topology.n;
    this.negative = scenario.negativeOrders();
    this.production = scenario.productionLeadTime();
    int productionLength = Topology.ringLength(production);
    this.productionMask = productionLength - 1;

    state = new double[Math.addExact(PAD, Math.multiplyExact(AS, n))];
    productionBase = new int[n];
    int productionSlots = 0;
    for (int a = 0; a < n; a++) {
      int r = record(a);
      byte kind = topology.kind[a];
      if (kind == Topology.SOURCE) {
        productionBase[a] = productionSlots;
        productionSlots = Math.addExact(productionSlots, productionLength);
      }
      if (kind == Topology.SOURCE || kind == Topology.STOCKIST) {
        state[r + S_ON_HAND] = topology.initialInventory[a];
      }
      state[r + S_CAPACITY] = topology.baseCapacity[a];
      state[r + S_UNIT_COST] = topology.unitCost[a];
      state[r + S_HOLDING_COST] = topology.holdingCost[a];
      state[r + S_BACKLOG_COST] = topology.backlogCost[a];
      state[r + S_COEFFICIENT_SUM] = topology.coefficientSum[a];
      state[r + S_INVERSE_COEFFICIENT_SUM] = topology.inverseCoefficientSum[a];
      state[r + S_DEMAND_FACTOR] = 1;
    }
    productionRing = new double[productionSlots];
    inputStock = new double[topology.inputStart[n]];
    inputSupply = new double[inputStock.length];
    inputOrder = new double[inputStock.length];

    int m = topology.m;
    flowData = new double[topology.flowDataLength];
    for (int g = 0; g < m; g++) {
      int d = topology.flowInt[Topology.FI * g + Topology.F_DATA];
      flowData[d + Topology.D_PRICE] = topology.basePrice[g];
      flowData[d + Topology.D_COEFFICIENT] = topology.coefficient[g];
      flowData[d + Topology.D_CAPACITY] = topology.flowCapacity[g];
    }
    linkDown = new boolean[m];
    paused = new int[m];
    pairWeight = topology.pairWeight;
    uncoveredShare = topology.uncoveredShare;

    int segments = topology.consumers.length;
    drawn = new double[segments];
    historyLength = sharing ? Topology.ringLength(topology.maxDataDelay) : 0;
    historyMask = historyLength - 1;
    history = new double[historyLength * segments];
    for (int s = 0; s < segments && historyLength > 0; s++) {
      Arrays.fill(history, s * historyLength, (s + 1) * historyLength, topology.nominalDemand[topology.consumers[s]]);
    }
  }

  /**
   * Fills every pipeline with the flows of the steady state, as if the run had been going on forever, and tells the
   * conservation check (if any) what is in the pipelines. Each flow carries its order coefficient in the run (the
   * chain's, unless role dynamics changed it) times its buyer's gross output.
   *
   * @param x the gross outputs of the nominal demand under the run's coefficients ({@link Topology#grossOutput})
   */
  void fillSteadyState(Conservation conservation, double[] x) {
    for (int g = 0; g < t.m; g++) {
      int f = Topology.FI * g;
      int d = t.flowInt[f + Topology.F_DATA];
      double flow = flowData[d + Topology.D_COEFFICIENT] * x[t.buyer[g]];
      for (int k = 0; k < t.orderDelay[g]; k++) {
        flowData[t.flowInt[f + Topology.F_ORDER] + (k & t.flowInt[f + Topology.F_ORDER_MASK])] = flow;
      }
      for (int k = 0; k < t.leadTime[g]; k++) {
        flowData[d + Topology.D_SHIP + (k & t.flowInt[f + Topology.F_SHIP_MASK])] = flow;
      }
      int b = t.buyer[g];
      if (t.kind[b] == Topology.STOCKIST) {
        state[record(b) + S_SUPPLY] += (t.orderDelay[g] + t.leadTime[g]) * flow;
        inputSupply[t.flowInt[f + Topology.F_INPUT]] += (t.orderDelay[g] + t.leadTime[g]) * flow;
      }
      if (conservation != null) {
        conservation.prefill(g, t.orderDelay[g] * flow, t.leadTime[g] * flow);
      }
    }
    balanceInputs(conservation);
    for (int a = 0; a < t.n; a++) {
      if (t.kind[a] == Topology.SOURCE) {
        for (int k = 0; k < production; k++) {
          productionRing[productionBase[a] + (k & productionMask)] = x[a];
        }
        state[record(a) + S_SUPPLY] = production * x[a];
        if (conservation != null) {
          conservation.prefillProduction(a, production * x[a]);
        }
      }
      if (t.orders(a)) {
        state[record(a) + S_SIGNAL] = x[a];
      }
    }
  }

  /**
   * For a steady start: gives each assembler, of each input whose pipeline is shorter than its longest input's, the
   * stock that balances the inputs' positions, {@code held_k = (max_j P_j - P_k) · r_k} with {@code P_k =
   * onOrder_k / r_k}, so that the assembly rule ({@link ActorView#onOrder()}) sees the steady state it keeps: an
   * input with a shorter lead time is held the ticks of flow by which its lead time is shorter.
   */
  private void balanceInputs(Conservation conservation) {
    for (int a = 0; a < t.n; a++) {
      int from = t.inputStart[a];
      int to = t.inputStart[a + 1];
      if (t.kind[a] != Topology.STOCKIST || to - from < 2) {
        continue;
      }
      double most = 0;
      for (int k = from; k < to; k++) {
        most = Math.max(most, inputSupply[k] * t.inverseRequirement[k]);
      }
      for (int k = from; k < to; k++) {
        if (t.inverseRequirement[k] > 0) {
          double held = (most - inputSupply[k] * t.inverseRequirement[k]) * t.inputRequirement[k];
          inputStock[k] = held;
          if (conservation != null) {
            conservation.inputReceived(k, held);
          }
        }
      }
    }
  }

  /** Returns the index of the record of actor {@code a} in {@link #state}. */
  static int record(int a) {
    return PAD + AS * a;
  }

  /** Returns one field ({@code S_*}) of an actor's record. */
  double field(int a, int field) {
    return state[record(a) + field];
  }

  /** Returns the on-hand inventory as reported: never negative. */
  double onHandView(int a) {
    double x = state[record(a) + S_ON_HAND];
    return Math.max(x, 0.0);
  }

  /** Returns the backlog as reported: what is owed, plus negative on-hand when orders may be negative. */
  double backlogView(int a) {
    double owedTotal = state[record(a) + S_OWED];
    double x = state[record(a) + S_ON_HAND];
    return negative && x < 0 ? owedTotal - x : owedTotal;
  }

  /**
   * Returns the supply line in units of the actor's own product. For an assembler (two or more inputs) it is the
   * inputs held and on order of the scarcest input, {@code min over inputs k of (held_k + onOrder_k) / r_k}
   * (Rosling 1989), see {@link ActorView#onOrder()}.
   */
  double onOrderView(int a) {
    // From the actor's packed record (read by its turn anyway), not from the kind and input arrays: two fewer misses.
    int ai = Topology.AI * a;
    if (t.actorInt[ai + Topology.A_KIND] != Topology.STOCKIST) {
      return state[record(a) + S_SUPPLY];
    }
    int from = t.actorInt[ai + Topology.A_INPUT];
    int to = t.actorInt[ai + Topology.A_INPUT_END];
    if (to - from == 1) {
      return state[record(a) + S_SUPPLY] * state[record(a) + S_INVERSE_COEFFICIENT_SUM];
    }
    return assemblyLine(from, to);
  }

  /**
   * Returns {@code min over input slots k in [from, to) with r_k > 0 of (held_k + onOrder_k) / r_k}: the finished
   * units the inputs held and on order allow, limited by the scarcest input.
   */
  double assemblyLine(int from, int to) {
    double line = Double.POSITIVE_INFINITY;
    for (int k = from; k < to; k++) {
      double inverse = t.inverseRequirement[k];
      if (inverse > 0) {
        line = Math.min(line, (inputStock[k] + inputSupply[k]) * inverse);
      }
    }
    return line == Double.POSITIVE_INFINITY ? 0 : line;
  }

  /** Returns the raw on-hand quantity, negative when orders may be negative and more was shipped than held. */
  double onHand(int a) {
    return state[record(a) + S_ON_HAND];
  }

  /** Returns what the seller of goods flow {@code g} owes its buyer. */
  double owed(int g) {
    return flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_OWED];
  }

  /** Returns the raw supply line, in input units for an actor with suppliers. */
  double supplyLine(int a) {
    return state[record(a) + S_SUPPLY];
  }

  /**
   * Returns the shared demand signal of the information-sharing pairs {@code [from, to)} at tick {@code now} (step
   * 7): the sum of each pair's weight times its segment's demand the pair's data delay ago.
   */
  double sharedSignal(int from, int to, int now) {
    double sum = 0;
    for (int p = from; p < to; p++) {
      sum += pairWeight[p] * history[t.pairSegment[p] * historyLength + ((now - t.pairDelay[p]) & historyMask)];
    }
    return sum;
  }

  /**
   * Step 3 for segment {@code c}, at position {@code slot} of {@link Topology#consumers}: its demand this tick (drawn
   * before the turns into {@link #drawn}) checked and scaled by its demand factor, kept in its history for the shared
   * signal and as what it orders and serves.
   */
  double segmentDemand(int c, int slot, int now) {
    double d = drawn[slot];
    if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
      throw new IllegalStateException("demand must be finite and non-negative but was " + d + " (segment "
          + t.chain.id(c) + ", tick " + now + ")");
    }
    int r = record(c);
    d *= state[r + S_DEMAND_FACTOR];
    if (historyLength > 0) {
      history[slot * historyLength + (now & historyMask)] = d;
    }
    state[r + S_ORDERED] = d;
    state[r + S_EXPOSURE] = d;
    return d;
  }

  /** Returns the stock of input slot {@code k}. */
  double inputStock(int k) {
    return inputStock[k];
  }

  /** Returns the goods in transit on goods flow {@code g}. */
  double shipRingSum(int g) {
    int f = Topology.FI * g;
    int start = t.flowInt[f + Topology.F_DATA] + Topology.D_SHIP;
    double fixed = sum(flowData, start, start + t.flowInt[f + Topology.F_SHIP_MASK] + 1);
    double random = leadTimes == null ? fixed : fixed + leadTimes.inTransit(g);
    return channels == null ? random : random + channels.inTransit(g);
  }

  /** Returns the orders in transit on goods flow {@code g}. */
  double orderRingSum(int g) {
    int f = Topology.FI * g;
    int start = t.flowInt[f + Topology.F_ORDER];
    return sum(flowData, start, start + t.flowInt[f + Topology.F_ORDER_MASK] + 1);
  }

  /** Returns what source {@code a} has in production. */
  double productionRingSum(int a) {
    return sum(productionRing, productionBase[a], productionBase[a] + productionMask + 1);
  }

  private static double sum(double[] values, int from, int to) {
    double total = 0;
    for (int i = from; i < to; i++) {
      total += values[i];
    }
    return total;
  }
}
