package io.valueloop.benchmarks;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.model.Actor;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The state of one floor run ({@link TickFloorRun}) and its layout: flat arrays of records, built once from a
 * {@link CompiledChain}, that {@link TickFloorKernel} walks in a tick.
 *
 * <p>Actors keep their compiled index {@code a}. The consumer segments must be exactly level 0 (actors {@code [0,
 * segments)}); every other actor of level 1 and up orders goods (a stockist with suppliers, or a source that
 * produces) and is "orderer" {@code o = a - segments}.
 *
 * <ul>
 *   <li>{@link #segment}: one record of {@link #CS} doubles per segment (received, demand, cost sum: 24 bytes);
 *       {@link #random}: one SplitMix64 state per segment; {@link #history}: the last {@link #historyLength}
 *       demands of each segment, for the shared demand signal.</li>
 *   <li>{@link #orderer}: one record of {@link #OS} doubles (192 bytes, three cache lines) per orderer, every field
 *       its turn reads or writes: goods state, the tick's outputs, the forecast, the money of the tick and its sums,
 *       the metrics' running sums, and the index of its actor type ({@link #O_TYPE}).</li>
 *   <li>{@link #flow}: one record of {@link #flowStride} doubles (64 bytes here) per goods flow, in the order of the
 *       buyers' in-flows (so a buyer's flows are contiguous): the shipping ring, the order ring, what the seller
 *       owes, the consumer demand the buyer serves, what the buyer paid this tick, and the flow's type. A seller
 *       finds its flows through the CSR arrays {@link #outStart} and {@link #outFlow}; a buyer through
 *       {@link #inStart}.</li>
 *   <li>Parameters shared by many actors or flows (smoothing constant, lead time, costs, capacity, role; price,
 *       lead time, order delay, coefficient) sit in small type tables, found through the record's type index: a
 *       general engine deduplicates them at set-up, so that a turn reads no per-actor parameter line.</li>
 *   <li>Shared-data pairs (the segments whose demand an orderer observes, and the delay) as CSR arrays
 *       {@link #pairStart}, {@link #pairSegment}, {@link #pairDelay}.</li>
 * </ul>
 *
 * <p>Rings hold one slot per tick of delay, rounded up to a power of two over the whole chain: buyers act before
 * sellers in every tick (levels go downstream first), so a buyer empties the slot due now before its seller fills
 * the slot due in {@code lead} ticks, and a seller empties the order slot due now after its buyers filled theirs.
 *
 * <p>What this floor supports of the library's generality, checked at set-up: any acyclic chain whose segments form
 * level 0, with one input per stockist (its in-coefficients sum to 1), lead times of at least one tick, unlimited
 * capacity on flows, shared data sent directly from segments (weight 1, every served segment sending data), and the
 * order-up-to rule with exponential smoothing and {@code z = 0}.
 */
final class TickFloorState {
  /** Segment record: goods received this tick. */
  static final int C_RECEIVED = 0;
  /** Segment record: demand drawn this tick (also what it orders and the consumer demand it serves). */
  static final int C_DEMAND = 1;
  /** Segment record: cost summed over the ticks, its payments of the last tick added at its next turn. */
  static final int C_COST_SUM = 2;
  /** Doubles per segment record. */
  static final int CS = 3;

  static final int O_ON_HAND = 0;
  static final int O_OWED = 1;
  static final int O_SUPPLY = 2;
  static final int O_FORECAST = 3;
  static final int O_SIGNAL = 4;
  static final int O_INCOMING = 5;
  static final int O_SHIPPED = 6;
  static final int O_RECEIVED = 7;
  static final int O_ORDERED = 8;
  static final int O_SERVED = 9;
  static final int O_REVENUE = 10;
  static final int O_OWN_COST = 11;
  static final int O_REVENUE_SUM = 12;
  /** Cost summed over the ticks, the payments of the last tick added at the orderer's next turn. */
  static final int O_COST_SUM = 13;
  static final int M_ON_HAND = 14;
  static final int M_BACKLOG = 15;
  static final int M_INCOMING = 16;
  static final int M_FILLED = 17;
  static final int M_ORDER_MEAN = 18;
  static final int M_ORDER_M2 = 19;
  static final int M_DEMAND_MEAN = 20;
  static final int M_DEMAND_M2 = 21;
  static final int O_TYPE = 22;
  /** Doubles per orderer record: three cache lines. */
  static final int OS = 24;

  final CompiledChain chain;
  final int n;
  final int segments;
  final int orderers;

  final double[] segment;
  final long[] random;
  final int historyLength;
  final int historyMask;
  final double[] history;
  final double demandLow;
  final double demandWidth;

  final double[] orderer;
  final int productionLead;
  final int productionMask;
  final double[] production;

  final int shipMask;
  final int orderMask;
  final int fOrder;
  final int fOwed;
  final int fExposure;
  final int fPaid;
  final int fType;
  final int flowStride;
  final int flowCount;
  final double[] flow;

  /** Goods in-flows of actor {@code a}: flow records {@code [inStart[a], inStart[a + 1])}. */
  final int[] inStart;
  /** Goods out-flows of orderer {@code o}: flow records {@code outFlow[outStart[o] .. outStart[o + 1])}. */
  final int[] outStart;
  final int[] outFlow;
  final int[] pairStart;
  final int[] pairSegment;
  final int[] pairDelay;

  final double[] typeAlpha;
  final double[] typeLead;
  final double[] typeHolding;
  final double[] typeBacklogCost;
  final double[] typeUnitCost;
  final double[] typeCapacity;
  final int[] typeRole;
  final boolean[] typeSource;
  final double[] flowPrice;
  final int[] flowLead;
  final int[] flowDelay;
  final double[] flowCoefficient;

  /**
   * Lays out a chain for the floor.
   *
   * @param chain the chain
   * @param settings demand, smoothing, start and seed
   * @throws IllegalArgumentException if the chain needs more of the library's generality than the floor has
   */
  TickFloorState(CompiledChain chain, TickFloorSettings settings) {
    this.chain = chain;
    n = chain.actorCount();
    segments = chain.levelEnd(0);
    orderers = n - segments;
    for (int a = 0; a < n; a++) {
      if ((chain.role(a) == Role.C) != (a < segments)) {
        throw new IllegalArgumentException("consumer segments must be exactly level 0 but actor " + chain.id(a)
            + " was not");
      }
    }
    FlowTable goods = chain.goods();
    Adjacency in = goods.in();
    Adjacency out = goods.out();
    int m = goods.count();
    int maxLead = 1;
    int maxDelay = 0;
    for (int g = 0; g < m; g++) {
      GoodsTerms terms = chain.goodsTerms(g);
      if (terms.leadTime() < 1 || terms.capacity() != Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("goods flows must have a lead time of at least 1 and no capacity");
      }
      maxLead = Math.max(maxLead, terms.leadTime());
      maxDelay = Math.max(maxDelay, terms.orderDelay());
    }
    int shipLength = ceilingPowerOfTwo(maxLead);
    int orderLength = ceilingPowerOfTwo(maxDelay + 1);
    shipMask = shipLength - 1;
    orderMask = orderLength - 1;
    fOrder = shipLength;
    fOwed = fOrder + orderLength;
    fExposure = fOwed + 1;
    fPaid = fOwed + 2;
    fType = fOwed + 3;
    flowStride = fOwed + 4;
    flowCount = m;
    flow = new double[m * flowStride];
    inStart = in.offsets().clone();
    int[] recordOf = new int[m];
    Map<GoodsTerms, Integer> flowTypes = new HashMap<>();
    int[] flowTypeOf = new int[m];
    for (int p = 0; p < m; p++) {
      int g = in.flow(p);
      recordOf[g] = p;
      flowTypeOf[p] = flowTypes.computeIfAbsent(chain.goodsTerms(g), k -> flowTypes.size());
    }
    flowPrice = new double[flowTypes.size()];
    flowLead = new int[flowTypes.size()];
    flowDelay = new int[flowTypes.size()];
    flowCoefficient = new double[flowTypes.size()];
    for (int p = 0; p < m; p++) {
      int g = in.flow(p);
      int type = flowTypeOf[p];
      GoodsTerms terms = chain.goodsTerms(g);
      flowPrice[type] = terms.price();
      flowLead[type] = terms.leadTime();
      flowDelay[type] = terms.orderDelay();
      flowCoefficient[type] = chain.coefficient(g);
      flow[flowAt(p, fType)] = type;
    }
    outStart = new int[orderers + 1];
    outFlow = new int[m];
    for (int o = 0; o < orderers; o++) {
      int a = o + segments;
      outStart[o + 1] = out.end(a);
      for (int g = out.start(a); g < out.end(a); g++) {
        outFlow[g] = recordOf[g];
      }
    }
    if (out.start(segments) != 0) {
      throw new IllegalArgumentException("consumer segments must not sell goods");
    }

    orderer = new double[orderers * OS];
    Map<String, Integer> actorTypes = new HashMap<>();
    int[] actorTypeOf = new int[orderers];
    for (int o = 0; o < orderers; o++) {
      int a = o + segments;
      double coefficients = 0;
      int lead = 0;
      for (int p = in.start(a); p < in.end(a); p++) {
        coefficients += chain.coefficient(in.flow(p));
        lead = Math.max(lead, chain.goodsTerms(in.flow(p)).totalDelay());
      }
      boolean source = in.degree(a) == 0;
      if (!source && Math.abs(coefficients - 1) > 1e-12) {
        throw new IllegalArgumentException("every stockist must have in-coefficients summing to 1");
      }
      Actor actor = chain.actor(a);
      String key = source + "/" + (source ? settings.productionLead() : lead) + "/" + actor.holdingCost() + "/"
          + actor.backlogCost() + "/" + actor.unitCost() + "/" + actor.capacity() + "/" + actor.role();
      actorTypeOf[o] = actorTypes.computeIfAbsent(key, k -> actorTypes.size());
      orderer[at(o, O_TYPE)] = actorTypeOf[o];
      orderer[at(o, O_ON_HAND)] = actor.initialInventory();
      orderer[at(o, O_FORECAST)] = Double.NaN;
    }
    int types = actorTypes.size();
    typeAlpha = new double[types];
    typeLead = new double[types];
    typeHolding = new double[types];
    typeBacklogCost = new double[types];
    typeUnitCost = new double[types];
    typeCapacity = new double[types];
    typeRole = new int[types];
    typeSource = new boolean[types];
    for (int o = 0; o < orderers; o++) {
      int a = o + segments;
      int type = actorTypeOf[o];
      Actor actor = chain.actor(a);
      typeSource[type] = in.degree(a) == 0;
      int lead = 0;
      for (int p = in.start(a); p < in.end(a); p++) {
        lead = Math.max(lead, chain.goodsTerms(in.flow(p)).totalDelay());
      }
      typeAlpha[type] = settings.alpha();
      typeLead[type] = typeSource[type] ? settings.productionLead() : lead;
      typeHolding[type] = actor.holdingCost();
      typeBacklogCost[type] = actor.backlogCost();
      typeUnitCost[type] = actor.unitCost();
      typeCapacity[type] = actor.capacity();
      typeRole[type] = actor.role().ordinal();
    }
    productionLead = settings.productionLead();
    int productionLength = ceilingPowerOfTwo(productionLead);
    productionMask = productionLength - 1;
    production = new double[orderers * productionLength];

    segment = new double[segments * CS];
    random = new long[segments];
    for (int c = 0; c < segments; c++) {
      random[c] = TickFloorRandom.seed(settings.seed(), c);
    }
    demandLow = settings.demandLow();
    demandWidth = settings.demandWidth();

    FlowTable data = chain.flows(FlowKind.DATA);
    Adjacency dataIn = data.in();
    pairStart = new int[orderers + 1];
    pairSegment = new int[data.count()];
    pairDelay = new int[data.count()];
    int pairs = 0;
    int maxDataDelay = 0;
    for (int o = 0; o < orderers; o++) {
      int a = o + segments;
      for (int p = dataIn.start(a); p < dataIn.end(a); p++) {
        int f = dataIn.flow(p);
        int from = data.source(f);
        if (from >= segments) {
          throw new IllegalArgumentException("shared data must come directly from consumer segments");
        }
        pairSegment[pairs] = from;
        pairDelay[pairs] = ((DataTerms) data.terms(f)).delay();
        maxDataDelay = Math.max(maxDataDelay, pairDelay[pairs]);
        pairs++;
      }
      pairStart[o + 1] = pairs;
    }
    historyLength = ceilingPowerOfTwo(maxDataDelay + 1);
    historyMask = historyLength - 1;
    history = new double[segments * historyLength];
    for (int c = 0; c < segments; c++) {
      Arrays.fill(history, c * historyLength, (c + 1) * historyLength, chain.actor(c).demand());
    }
    if (settings.steadyStart()) {
      fillSteadyState();
    }
  }

  /**
   * Fills every pipeline with the flow of the steady state of the nominal demand ({@code x = demand + sum over
   * customers of coefficient · x(customer)}, levels downstream first), as the library's steady start does: order
   * rings for the order delay, shipping rings for the lead time, production rings, supply lines and signals.
   */
  private void fillSteadyState() {
    double[] x = new double[n];
    for (int c = 0; c < segments; c++) {
      x[c] = chain.actor(c).demand();
    }
    for (int level = 1; level < chain.levelCount(); level++) {
      for (int a = chain.levelStart(level); a < chain.levelEnd(level); a++) {
        int o = a - segments;
        double sum = chain.actor(a).demand();
        for (int k = outStart[o]; k < outStart[o + 1]; k++) {
          int p = outFlow[k];
          sum += flowCoefficient[(int) flow[flowAt(p, fType)]] * x[buyerOf(p)];
        }
        x[a] = sum;
      }
    }
    for (int b = 0; b < n; b++) {
      for (int p = inStart[b]; p < inStart[b + 1]; p++) {
        int type = (int) flow[flowAt(p, fType)];
        double units = flowCoefficient[type] * x[b];
        for (int k = 0; k < flowDelay[type]; k++) {
          flow[flowAt(p, fOrder + (k & orderMask))] = units;
        }
        for (int k = 0; k < flowLead[type]; k++) {
          flow[flowAt(p, k & shipMask)] = units;
        }
        if (b >= segments) {
          orderer[at(b - segments, O_SUPPLY)] += (flowDelay[type] + flowLead[type]) * units;
        }
      }
    }
    for (int o = 0; o < orderers; o++) {
      if (typeSource[(int) orderer[at(o, O_TYPE)]]) {
        for (int k = 0; k < productionLead; k++) {
          production[o * (productionMask + 1) + (k & productionMask)] = x[o + segments];
        }
        orderer[at(o, O_SUPPLY)] = productionLead * x[o + segments];
      }
      orderer[at(o, O_SIGNAL)] = x[o + segments];
    }
  }

  /** {@return the index in {@link #orderer} of field {@code field} of orderer {@code o}} */
  int at(int o, int field) {
    return o * OS + field;
  }

  /** {@return the index in {@link #segment} of field {@code field} of segment {@code c}} */
  int segmentAt(int c, int field) {
    return c * CS + field;
  }

  /** {@return the index in {@link #flow} of field {@code field} of the flow with record {@code p}} */
  int flowAt(int p, int field) {
    return p * flowStride + field;
  }

  /** Returns the buyer of the flow with record {@code p} (set-up only: a binary search of {@link #inStart}). */
  int buyerOf(int p) {
    int i = Arrays.binarySearch(inStart, p);
    if (i < 0) {
      return -i - 2;
    }
    while (i + 1 < inStart.length && inStart[i + 1] == p) {
      i++;
    }
    return i;
  }

  private static int ceilingPowerOfTwo(int x) {
    return x <= 1 ? 1 : Integer.highestOneBit(x - 1) << 1;
  }
}
