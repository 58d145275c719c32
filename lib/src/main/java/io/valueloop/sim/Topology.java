package io.valueloop.sim;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.flow.GoodsEquation;
import io.valueloop.model.Actor;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import java.util.Arrays;

/**
 * The run-independent arrays of a simulation, derived once from a {@link CompiledChain}: actor kinds and
 * parameters, goods flows with their ring-buffer layouts, inputs of producers, information-sharing pairs and
 * service fees. Immutable after construction; shared by every run of a {@link Simulation}. The goods adjacency and
 * the inputs of producers are the compiled chain's own arrays, not copies.
 */
final class Topology {
  static final byte CONSUMER = 0;
  static final byte SOURCE = 1;
  static final byte STOCKIST = 2;
  static final byte PASSIVE = 3;

  final CompiledChain chain;
  final int n;
  final int m;

  final byte[] kind;
  final int[] roleOrdinal;
  final double[] initialInventory;
  final double[] holdingCost;
  final double[] backlogCost;
  final double[] unitCost;
  final double[] baseCapacity;
  final double[] nominalDemand;
  /** Compiled indices of consumer segments; {@code consumerSlot[a]} is the position of {@code a} here, or -1. */
  final int[] consumers;
  final int[] consumerSlot;
  /** The actors that order ({@link #orders}), in index order. */
  final int[] ordering;

  /** Goods flow {@code g} runs from {@code seller[g]} to {@code buyer[g]}; flows of seller {@code a} are {@code outStart[a]..outStart[a+1]-1}. */
  final int[] seller;
  final int[] buyer;
  final int[] outStart;
  final int[] inStart;
  final int[] inFlow;
  final double[] coefficient;
  final double[] flowCapacity;
  final double[] basePrice;
  final int[] leadTime;
  final int[] orderDelay;
  /**
   * The Leontief equation of the goods flows as the simulation reads them (a consumer segment's demand is its own, so
   * its row is empty), prepared once: its productivity check rejects an unproductive goods loop at set-up.
   */
  final GoodsEquation equation;

  /*
   * The hot loop reads packed records, so that an actor or a flow costs a cache line or two rather than one line
   * from each of dozens of arrays (at 10^5 actors and more, the number of memory streams, not arithmetic, limits a
   * tick). Actor records: AI ints per actor. Flow records: FI ints per flow, and in the run's flow data a block per
   * flow holding its owed quantity, price, coefficient, capacity and the buyer's consumer demand served (written
   * by the buyer with its order, so that the seller need not read the buyer's record), then its shipping ring,
   * then its order ring.
   */
  static final int A_KIND = 0;
  static final int A_IN = 1;
  static final int A_IN_END = 2;
  static final int A_OUT = 3;
  static final int A_OUT_END = 4;
  static final int A_INPUT = 5;
  static final int A_INPUT_END = 6;
  static final int A_PAIR = 7;
  static final int A_PAIR_END = 8;
  static final int A_ROLE = 9;
  /** A segment's position in {@link #consumers}; an actor's that orders, in {@link #ordering}. */
  static final int A_SLOT = 10;
  static final int A_LEAD = 11;
  static final int AI = 12;
  static final int F_DATA = 0;
  static final int F_SHIP_MASK = 1;
  static final int F_LEAD = 2;
  static final int F_ORDER = 3;
  static final int F_ORDER_MASK = 4;
  static final int F_DELAY = 5;
  static final int F_BUYER = 6;
  static final int F_INPUT = 7;
  static final int FI = 8;
  /** Doubles per 64-byte cache line. */
  static final int LINE = 8;
  static final int D_OWED = 0;
  static final int D_PRICE = 1;
  static final int D_COEFFICIENT = 2;
  static final int D_CAPACITY = 3;
  static final int D_EXPOSURE = 4;
  static final int D_SHIP = 5;

  /** The packed actor records. */
  final int[] actorInt;
  /** The packed flow records. */
  final int[] flowInt;
  /** The length of a run's flow data. */
  final int flowDataLength;

  /** Inputs of actor {@code a} are slots {@code inputStart[a]..inputStart[a+1]-1}; flow records name theirs. */
  final int[] inputStart;
  final double[] inputRequirement;
  /** {@code 1 / inputRequirement}, or 0 for an input not needed. */
  final double[] inverseRequirement;
  /** Sum of the coefficients of an actor's supply flows: input units ordered per unit of own product. */
  final double[] coefficientSum;
  /** {@code 1 / coefficientSum} for actors with suppliers, else 0. */
  final double[] inverseCoefficientSum;
  /** Largest {@code orderDelay + leadTime} over the supply flows, or 0 for actors without suppliers. */
  final int[] supplyLeadTime;

  /** Information-sharing pairs of actor {@code a}: {@code pairStart[a]..pairStart[a+1]-1}. */
  final int[] pairStart;
  final int[] pairSegment;
  final int[] pairDelay;
  final double[] pairWeight;
  final int maxDataDelay;
  /**
   * Per goods flow {@code g} whose seller receives shared data: the share of the orders on {@code g} attributable to
   * consumer segments whose data does not reach the seller (partial coverage, see {@link Simulation} step 7); null
   * when every actor that receives data receives it from every segment it serves.
   */
  final double[] uncoveredShare;

  final int[] serviceProvider;
  final int[] serviceServed;
  final double[] serviceFee;
  final double[] serviceRate;
  final byte[] serviceBase;

  Topology(CompiledChain chain) {
    this.chain = chain;
    this.n = chain.actorCount();
    FlowTable goods = chain.goods();
    this.m = goods.count();

    kind = new byte[n];
    roleOrdinal = new int[n];
    initialInventory = new double[n];
    holdingCost = new double[n];
    backlogCost = new double[n];
    unitCost = new double[n];
    baseCapacity = new double[n];
    nominalDemand = new double[n];
    consumerSlot = new int[n];
    int consumerCount = 0;
    for (int a = 0; a < n; a++) {
      Actor actor = chain.actor(a);
      roleOrdinal[a] = actor.role().ordinal();
      initialInventory[a] = actor.initialInventory();
      holdingCost[a] = actor.holdingCost();
      backlogCost[a] = actor.backlogCost();
      unitCost[a] = actor.unitCost();
      baseCapacity[a] = actor.capacity();
      nominalDemand[a] = actor.demand();
      consumerSlot[a] = actor.role() == Role.C ? consumerCount++ : -1;
    }
    consumers = new int[consumerCount];
    for (int a = 0; a < n; a++) {
      if (consumerSlot[a] >= 0) {
        consumers[consumerSlot[a]] = a;
      }
    }

    Adjacency out = goods.out();
    Adjacency in = goods.in();
    seller = goods.sources();
    buyer = goods.targets();
    outStart = out.offsets();
    inStart = in.offsets();
    inFlow = in.flows();
    coefficient = new double[m];
    flowCapacity = new double[m];
    basePrice = new double[m];
    leadTime = new int[m];
    orderDelay = new int[m];
    Footprint.flowData(chain);
    flowInt = new int[FI * m];
    // Flow blocks start after the same padding as actor records, so that a block of 8 doubles is one cache line.
    int data = RunState.PAD;
    for (int g = 0; g < m; g++) {
      GoodsTerms terms = chain.goodsTerms(g);
      coefficient[g] = chain.coefficient(g);
      flowCapacity[g] = terms.capacity();
      basePrice[g] = chain.payment(g).isPresent() ? terms.price() : 0;
      leadTime[g] = terms.leadTime();
      orderDelay[g] = terms.orderDelay();
      if (terms.leadTime() < 1) {
        throw new IllegalArgumentException("leadTime must be at least 1 tick in a simulation but was "
            + terms.leadTime() + " (" + flowLabel(g) + ")");
      }
      int component = chain.component(seller[g]);
      if (terms.orderDelay() == 0 && component == chain.component(buyer[g]) && chain.isCyclic(component)) {
        throw new IllegalArgumentException("orderDelay must be at least 1 tick inside a goods cycle but was 0 ("
            + flowLabel(g) + ")");
      }
      int shipLength = ringLength(terms.leadTime());
      int orderLength = ringLength(terms.orderDelay());
      int size = D_SHIP + shipLength + orderLength;
      // A block that fits in a cache line starts a new line rather than straddle two (RunState.PAD puts element PAD
      // of a large array on a line boundary): a segment's flow (lead time 1, no order delay) is read in one line, not
      // two, by both of the turns that touch it. Blocks of one size in a row stay aligned and pad nothing.
      int column = (data - RunState.PAD) % LINE;
      if (size <= LINE && column + size > LINE) {
        data = Math.addExact(data, LINE - column);
      }
      int r = FI * g;
      flowInt[r + F_DATA] = data;
      flowInt[r + F_SHIP_MASK] = shipLength - 1;
      flowInt[r + F_LEAD] = terms.leadTime();
      flowInt[r + F_ORDER] = data + D_SHIP + shipLength;
      flowInt[r + F_ORDER_MASK] = orderLength - 1;
      flowInt[r + F_DELAY] = terms.orderDelay();
      flowInt[r + F_BUYER] = buyer[g];
      data = Math.addExact(data, size);
    }
    flowDataLength = data;

    inputStart = new int[n + 1];
    coefficientSum = new double[n];
    supplyLeadTime = new int[n];
    for (int a = 0; a < n; a++) {
      inputStart[a + 1] = inputStart[a] + chain.inputGroupCount(a);
    }
    int slots = inputStart[n];
    inputRequirement = new double[slots];
    for (int a = 0; a < n; a++) {
      for (int p = inStart[a]; p < inStart[a + 1]; p++) {
        int g = inFlow[p];
        int slot = inputStart[a] + chain.inputGroup(g);
        flowInt[FI * g + F_INPUT] = slot;
        inputRequirement[slot] += coefficient[g];
        coefficientSum[a] += coefficient[g];
        supplyLeadTime[a] = Math.max(supplyLeadTime[a], chain.goodsTerms(g).totalDelay());
      }
      boolean customers = outStart[a + 1] > outStart[a];
      if (consumerSlot[a] >= 0) {
        kind[a] = CONSUMER;
      } else if (coefficientSum[a] > 0) {
        kind[a] = STOCKIST;
      } else if (customers) {
        kind[a] = SOURCE;
      } else {
        kind[a] = PASSIVE;
      }
    }
    inverseRequirement = new double[slots];
    for (int k = 0; k < slots; k++) {
      inverseRequirement[k] = inputRequirement[k] > 0 ? 1 / inputRequirement[k] : 0;
    }
    inverseCoefficientSum = new double[n];
    for (int a = 0; a < n; a++) {
      inverseCoefficientSum[a] = coefficientSum[a] > 0 ? 1 / coefficientSum[a] : 0;
    }

    FlowTable services = chain.flows(FlowKind.SERVICE);
    int s = services.count();
    serviceProvider = new int[s];
    serviceServed = new int[s];
    serviceFee = new double[s];
    serviceRate = new double[s];
    serviceBase = new byte[s];
    for (int f = 0; f < s; f++) {
      ServiceTerms terms = (ServiceTerms) services.terms(f);
      serviceProvider[f] = services.source(f);
      serviceServed[f] = services.target(f);
      serviceFee[f] = terms.fee();
      serviceRate[f] = terms.takeRate();
      serviceBase[f] = (byte) terms.base().ordinal();
    }

    equation = equation(chain, consumers, outStart, coefficient);
    DataPairs pairs = new DataPairs(this, chain.flows(FlowKind.DATA));
    pairStart = pairs.start;
    pairSegment = pairs.segment;
    pairDelay = pairs.delay;
    pairWeight = pairs.weight;
    maxDataDelay = pairs.maxDelay;
    uncoveredShare = pairSegment.length == 0 ? null : uncoveredShares(pairs);

    int orderingCount = 0;
    for (int a = 0; a < n; a++) {
      orderingCount += orders(a) ? 1 : 0;
    }
    ordering = new int[orderingCount];
    int[] orderingSlot = new int[n];
    orderingCount = 0;
    for (int a = 0; a < n; a++) {
      orderingSlot[a] = orders(a) ? orderingCount : -1;
      if (orders(a)) {
        ordering[orderingCount++] = a;
      }
    }
    actorInt = new int[AI * n];
    for (int a = 0; a < n; a++) {
      int r = AI * a;
      actorInt[r + A_KIND] = kind[a];
      actorInt[r + A_IN] = inStart[a];
      actorInt[r + A_IN_END] = inStart[a + 1];
      actorInt[r + A_OUT] = outStart[a];
      actorInt[r + A_OUT_END] = outStart[a + 1];
      actorInt[r + A_INPUT] = inputStart[a];
      actorInt[r + A_INPUT_END] = inputStart[a + 1];
      actorInt[r + A_PAIR] = pairStart[a];
      actorInt[r + A_PAIR_END] = pairStart[a + 1];
      actorInt[r + A_ROLE] = roleOrdinal[a];
      actorInt[r + A_SLOT] = consumerSlot[a] >= 0 ? consumerSlot[a] : orderingSlot[a];
      actorInt[r + A_LEAD] = supplyLeadTime[a];
    }
  }

  /** Returns whether actor {@code a} decides orders at step 8. */
  boolean orders(int a) {
    return kind[a] == SOURCE || kind[a] == STOCKIST;
  }

  /** Returns the id of the goods flow {@code g} as {@code GOODS seller->buyer}. */
  String flowLabel(int g) {
    return chain.chain().flow(chain.goods().chainFlow(g)).toString();
  }

  /** Returns the smallest power of two greater than {@code delay}: a ring that holds {@code delay + 1} ticks. */
  static int ringLength(int delay) {
    return delay == 0 ? 1 : Integer.highestOneBit(delay) << 1;
  }

  /**
   * Returns the goods equation the simulation solves: the chain's Leontief equation, or, if a consumer segment ships
   * goods, one whose consumer rows are empty.
   *
   * @throws io.valueloop.flow.UnproductiveChainException if a goods loop is not productive
   */
  private static GoodsEquation equation(CompiledChain chain, int[] consumers, int[] outStart, double[] coefficient) {
    double[] weights = null;
    for (int c : consumers) {
      if (outStart[c + 1] > outStart[c]) {
        if (weights == null) {
          weights = coefficient.clone();
        }
        Arrays.fill(weights, outStart[c], outStart[c + 1], 0.0);
      }
    }
    return weights == null ? GoodsEquation.leontief(chain) : GoodsEquation.of(chain, weights);
  }

  /**
   * Computes, for every actor, the consumer demand it serves with no amplification: {@code x[c] = demand[c]} for a
   * segment and {@code x[a] = sum over goods flows g from a of coefficient(g) · x[buyer(g)]} (the Leontief gross
   * output), solved by {@link #equation}.
   *
   * @param demand the demand of each segment, by compiled index (other entries ignored)
   * @return the gross outputs
   * @throws IllegalStateException if a goods loop does not converge within the solver's sweeps
   */
  double[] grossOutput(double[] demand) {
    double[] b = new double[n];
    for (int c : consumers) {
      b[c] = demand[c];
    }
    return equation.solve(b);
  }

  /**
   * Returns, per goods flow {@code g} from an actor {@code a} that receives shared data to a buyer {@code b}, the
   * share of {@code b}'s orders that serves segments whose data does not reach {@code a}: {@code u(g) = 1 - sum over
   * covered c of L(b, c)·d_c / sum over all c of L(b, c)·d_c}, with {@code L} the Leontief multipliers and {@code d}
   * the segments' nominal demand (each segment counted once, {@code d_c = 1}, if the buyer serves no nominal demand);
   * or null if every such share is 0 (full coverage, the common case, costs nothing per tick).
   */
  private double[] uncoveredShares(DataPairs pairs) {
    double[] x = grossOutput(nominalDemand);
    double[] units = new double[n];
    Arrays.fill(units, 1.0);
    double[] xUnit = grossOutput(units);
    double[] shares = new double[m];
    boolean any = false;
    for (int g = 0; g < m; g++) {
      int a = seller[g];
      if (pairStart[a] == pairStart[a + 1]) {
        continue;
      }
      int b = buyer[g];
      double u = x[b] > 0 ? 1 - pairs.covered[g] / x[b] : xUnit[b] > 0 ? 1 - pairs.coveredUnit[g] / xUnit[b] : 1;
      u = u < 1e-9 ? 0 : Math.min(u, 1);
      shares[g] = u;
      any |= u > 0;
    }
    return any ? shares : null;
  }
}
