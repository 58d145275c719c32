package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.FeeBase;
import io.valueloop.model.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One run of a {@link Simulation}: the mutable state of every actor, flow and pipeline, stepped tick by tick as
 * the class documentation of {@link Simulation} describes. Used once, by one thread.
 *
 * <p>Layout: the state of actor {@code a} is the record {@code state[AS·a .. AS·a + AS)} (fields {@code S_*}); the
 * data of goods flow {@code g} is the block of {@code flowData} at {@link Topology#F_DATA}: owed quantity, price,
 * coefficient and capacity, then the shipping ring, then the order ring. A ring of length {@code 2^k > delay} is
 * read at {@code clock & mask} and written at {@code (clock + delay) & mask}, so reads and writes of one tick never
 * meet and {@code delay = 0} reads what was written earlier in the same tick.
 */
final class Run {
  private static final int OUTAGE = 0;
  private static final int LINK = 1;
  private static final int CAPACITY = 2;
  private static final int DEMAND = 3;
  private static final int PRICE = 4;
  private static final int POLICY = 5;

  static final int S_ON_HAND = 0;
  static final int S_OWED = 1;
  static final int S_SUPPLY = 2;
  static final int S_CAPACITY = 3;
  static final int S_INCOMING = 4;
  static final int S_SHIPPED = 5;
  static final int S_RECEIVED = 6;
  static final int S_DEMAND_FACTOR = 7;
  static final int S_ORDERED = 8;
  static final int S_EXPOSURE = 9;
  static final int S_UNIT_COST = 10;
  static final int S_HOLDING_COST = 11;
  static final int S_BACKLOG_COST = 12;
  static final int S_COEFFICIENT_SUM = 13;
  static final int S_INVERSE_COEFFICIENT_SUM = 14;
  static final int S_SIGNAL = 15;
  static final int AS = 16;

  private final Topology t;
  private final Scenario scenario;
  private final TickObserver observer;
  private final int n;
  private final int ticks;
  private final int warmUp;
  private final boolean negative;
  private final boolean sharing;
  private final boolean check;
  private final int production;
  private final int productionMask;
  private final ActorState actorView = new ActorState();
  private final EndOfTick tickView = new EndOfTick();
  private int tick;
  private int completed;

  private final double[] state;
  private final double[] flowData;
  private final double[] inputStock;
  private final OrderRule[] rules;
  private final DemandStream[] streams;
  private final int[] productionBase;
  private final double[] productionRing;

  // Link outages: flows paused and the ticks each has been paused (its shipping clock is tick - paused).
  private final boolean[] linkDown;
  private final int[] paused;
  private int[] downFlows = new int[0];
  private int downCount;
  private boolean linksTouched;

  // Demand history for information sharing.
  private final int historyLength;
  private final int historyMask;
  private final double[] history;

  // Money this tick: revenue and cost of every actor; the parts only where a fee base or the check needs them.
  private final double[] revenue;
  private final double[] cost;
  private final boolean trackSales;
  private final boolean trackConsumerSales;
  private final boolean trackPurchases;
  private final boolean trackLedger;
  private final double[] sales;
  private final double[] consumerSales;
  private final double[] purchases;
  private final double[] feesIn;
  private final double[] feesOut;
  private final double[] ownCost;
  private double ownCostThisTick;
  private boolean measuring;

  // Events, resolved.
  private final int[] eventKind;
  private final int[] eventTarget;
  private final int[] eventFrom;
  private final int[] eventTo;
  private final double[] eventValue;
  private final OrderingPolicy[] eventPolicy;
  private final int[] boundaries;
  private int nextBoundary;

  private final Metrics metrics;
  private final Recording recording;
  private final Conservation conservation;

  Run(Topology topology, Scenario scenario, TickObserver observer) {
    this.t = topology;
    this.scenario = scenario;
    this.observer = observer;
    this.n = topology.n;
    this.ticks = scenario.ticks();
    this.warmUp = scenario.warmUp();
    this.negative = scenario.negativeOrders();
    this.sharing = scenario.informationSharing() && topology.pairSegment.length > 0;
    this.check = scenario.conservationCheck();
    this.production = scenario.productionLeadTime();
    int productionLength = Topology.ringLength(production);
    this.productionMask = productionLength - 1;

    state = new double[Math.multiplyExact(AS, n)];
    productionBase = new int[n];
    int productionSlots = 0;
    for (int a = 0; a < n; a++) {
      int r = AS * a;
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
    rules = new OrderRule[n];
    streams = new DemandStream[topology.consumers.length];

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

    historyLength = sharing ? Topology.ringLength(topology.maxDataDelay) : 0;
    historyMask = historyLength - 1;
    history = new double[historyLength * topology.consumers.length];
    for (int s = 0; s < topology.consumers.length && historyLength > 0; s++) {
      Arrays.fill(history, s * historyLength, (s + 1) * historyLength, topology.nominalDemand[topology.consumers[s]]);
    }

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

    List<Event> events = scenario.events();
    int e = events.size();
    eventKind = new int[e];
    eventTarget = new int[e];
    eventFrom = new int[e];
    eventTo = new int[e];
    eventValue = new double[e];
    eventPolicy = new OrderingPolicy[e];
    boundaries = resolveEvents(events);

    metrics = new Metrics(topology, scenario.ticks() - warmUp);
    recording = new Recording(topology, scenario);
    conservation = check ? new Conservation(topology, this) : null;
    startDemand();
    if (scenario.steadyStart()) {
      fillSteadyState();
    }
    startRules();
  }

  /** Returns the number of ticks simulated so far. */
  int completed() {
    return completed;
  }

  /** Returns whether every tick of the scenario has been simulated. */
  boolean finished() {
    return completed == ticks;
  }

  /** Simulates the next tick and returns the view of its end, valid until the next step. */
  TickView step() {
    if (completed == ticks) {
      throw new IllegalStateException("run must have ticks left to step but was finished after " + ticks
          + " ticks");
    }
    tick = completed;
    applyEvents();
    Arrays.fill(revenue, 0);
    Arrays.fill(cost, 0);
    Arrays.fill(purchases, 0);
    Arrays.fill(feesIn, 0);
    Arrays.fill(feesOut, 0);
    ownCostThisTick = 0;
    measuring = tick >= warmUp;
    if (measuring) {
      metrics.startTick();
    }
    for (int c : t.consumers) {
      consumerTurn(c);
    }
    int[] actorInt = t.actorInt;
    for (int a = 0; a < n; a++) {
      int kind = actorInt[Topology.AI * a + Topology.A_KIND];
      if (kind == Topology.STOCKIST || kind == Topology.SOURCE) {
        actorTurn(a, kind);
      }
    }
    settleFees();
    endOfTick();
    completed++;
    return tickView;
  }

  /** Simulates the remaining ticks and returns the result. */
  SimulationResult finish() {
    while (completed < ticks) {
      step();
    }
    return new SimulationResult(t.chain, scenario, metrics, recording);
  }

  // ---- Set-up.

  private void startDemand() {
    RandomStreams random = RandomStreams.of(scenario.seed());
    Map<String, DemandProcess> bySegment = scenario.segmentDemand();
    for (String id : bySegment.keySet()) {
      OptionalInt a = t.chain.indexOf(id);
      if (a.isEmpty() || t.kind[a.getAsInt()] != Topology.CONSUMER) {
        throw new IllegalArgumentException("demand segment must be a consumer segment of the chain but was '" + id
            + "' (" + (a.isEmpty() ? "unknown actor" : "role " + t.chain.role(a.getAsInt())) + ")");
      }
    }
    for (int s = 0; s < t.consumers.length; s++) {
      int c = t.consumers[s];
      String id = t.chain.id(c);
      DemandProcess process = bySegment.getOrDefault(id, scenario.defaultDemand().orElse(null));
      if (process == null) {
        double constant = t.nominalDemand[c];
        streams[s] = tickIgnored -> constant;
      } else {
        DemandStream stream = process.start(random.stream(scenario.replication(), "demand/" + id));
        if (stream == null) {
          throw new IllegalStateException("demand process must start a stream but returned null (segment " + id
              + ")");
        }
        streams[s] = stream;
      }
    }
  }

  private void startRules() {
    Map<String, OrderingPolicy> byActor = scenario.actorPolicies();
    for (String id : byActor.keySet()) {
      OptionalInt a = t.chain.indexOf(id);
      if (a.isEmpty() || !t.orders(a.getAsInt())) {
        throw new IllegalArgumentException("policy actor must be an actor of the chain that orders goods but was '"
            + id + "' (" + (a.isEmpty() ? "unknown actor" : "it has no goods suppliers or customers") + ")");
      }
    }
    Map<Role, OrderingPolicy> byRole = scenario.rolePolicies();
    for (int a = 0; a < n; a++) {
      if (!t.orders(a)) {
        continue;
      }
      OrderingPolicy policy = byActor.get(t.chain.id(a));
      if (policy == null) {
        policy = byRole.getOrDefault(t.chain.role(a), scenario.defaultPolicy());
      }
      rules[a] = start(policy, a);
    }
  }

  private OrderRule start(OrderingPolicy policy, int a) {
    actorView.actor = a;
    OrderRule rule = policy.start(actorView);
    if (rule == null) {
      throw new IllegalStateException("policy must start a rule but returned null (actor " + t.chain.id(a) + ")");
    }
    return rule;
  }

  private void fillSteadyState() {
    double[] x = t.grossOutput(t.nominalDemand);
    for (int g = 0; g < t.m; g++) {
      int f = Topology.FI * g;
      int d = t.flowInt[f + Topology.F_DATA];
      double flow = t.coefficient[g] * x[t.buyer[g]];
      for (int k = 0; k < t.orderDelay[g]; k++) {
        flowData[t.flowInt[f + Topology.F_ORDER] + (k & t.flowInt[f + Topology.F_ORDER_MASK])] = flow;
      }
      for (int k = 0; k < t.leadTime[g]; k++) {
        flowData[d + Topology.D_SHIP + (k & t.flowInt[f + Topology.F_SHIP_MASK])] = flow;
      }
      int b = t.buyer[g];
      if (t.kind[b] == Topology.STOCKIST) {
        state[AS * b + S_SUPPLY] += (t.orderDelay[g] + t.leadTime[g]) * flow;
      }
      if (conservation != null) {
        conservation.prefill(g, t.orderDelay[g] * flow, t.leadTime[g] * flow);
      }
    }
    for (int a = 0; a < n; a++) {
      if (t.kind[a] == Topology.SOURCE) {
        for (int k = 0; k < production; k++) {
          productionRing[productionBase[a] + (k & productionMask)] = x[a];
        }
        state[AS * a + S_SUPPLY] = production * x[a];
        if (conservation != null) {
          conservation.prefillProduction(a, production * x[a]);
        }
      }
      if (t.orders(a)) {
        state[AS * a + S_SIGNAL] = x[a];
      }
    }
  }

  private int[] resolveEvents(List<Event> events) {
    int[] points = new int[2 * events.size()];
    int count = 0;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      eventFrom[i] = e.from();
      eventTo[i] = Integer.MAX_VALUE;
      if (e instanceof Event.ActorOutage) {
        Event.ActorOutage o = (Event.ActorOutage) e;
        eventKind[i] = OUTAGE;
        eventTarget[i] = actor(o.actorId(), "actor outage");
        eventTo[i] = o.to();
      } else if (e instanceof Event.CapacityShock) {
        Event.CapacityShock c = (Event.CapacityShock) e;
        eventKind[i] = CAPACITY;
        eventTarget[i] = actor(c.actorId(), "capacity shock");
        eventTo[i] = c.to();
        eventValue[i] = c.factor();
      } else if (e instanceof Event.DemandShock) {
        Event.DemandShock d = (Event.DemandShock) e;
        eventKind[i] = DEMAND;
        eventTarget[i] = actor(d.segmentId(), "demand shock");
        if (t.kind[eventTarget[i]] != Topology.CONSUMER) {
          throw new IllegalArgumentException("demand shock target must be a consumer segment but was role "
              + t.chain.role(eventTarget[i]) + " (" + d.segmentId() + ")");
        }
        eventTo[i] = d.to();
        eventValue[i] = d.factor();
      } else if (e instanceof Event.LinkOutage) {
        Event.LinkOutage l = (Event.LinkOutage) e;
        eventKind[i] = LINK;
        eventTarget[i] = goodsFlow(l.sellerId(), l.buyerId(), "link outage");
        eventTo[i] = l.to();
      } else if (e instanceof Event.PriceChange) {
        Event.PriceChange p = (Event.PriceChange) e;
        eventKind[i] = PRICE;
        eventTarget[i] = goodsFlow(p.sellerId(), p.buyerId(), "price change");
        eventValue[i] = p.price();
      } else {
        Event.PolicyChange p = (Event.PolicyChange) e;
        eventKind[i] = POLICY;
        eventTarget[i] = actor(p.actorId(), "policy change");
        if (!t.orders(eventTarget[i])) {
          throw new IllegalArgumentException("policy change actor must order goods but was one without goods "
              + "suppliers or customers (" + p.actorId() + ")");
        }
        eventPolicy[i] = p.policy();
      }
      points[count++] = eventFrom[i];
      if (eventTo[i] != Integer.MAX_VALUE) {
        points[count++] = eventTo[i];
      }
    }
    return Arrays.stream(points, 0, count).filter(p -> p < ticks).sorted().distinct().toArray();
  }

  private int actor(String id, String what) {
    OptionalInt a = t.chain.indexOf(id);
    if (a.isEmpty()) {
      throw new IllegalArgumentException(what + " actor must be an actor of the chain but was '" + id + "'");
    }
    return a.getAsInt();
  }

  private int goodsFlow(String sellerId, String buyerId, String what) {
    int s = actor(sellerId, what);
    int b = actor(buyerId, what);
    for (int g = t.outStart[s]; g < t.outStart[s + 1]; g++) {
      if (t.buyer[g] == b) {
        return g;
      }
    }
    throw new IllegalArgumentException(what + " flow must be a goods flow of the chain but was none ("
        + sellerId + "->" + buyerId + ")");
  }

  // ---- Step 1: events.

  private void applyEvents() {
    if (nextBoundary < boundaries.length && boundaries[nextBoundary] == tick) {
      nextBoundary++;
      for (int i = 0; i < eventKind.length; i++) {
        if (eventFrom[i] == tick || eventTo[i] == tick) {
          refresh(i);
        }
      }
    }
    for (int i = 0; i < downCount; i++) {
      paused[downFlows[i]]++;
    }
  }

  /** Recomputes the target of event {@code i} from all events active now, or applies it if it is a point event. */
  private void refresh(int i) {
    int target = eventTarget[i];
    switch (eventKind[i]) {
      case PRICE:
        flowData[t.flowInt[Topology.FI * target + Topology.F_DATA] + Topology.D_PRICE] =
            t.chain.payment(target).isPresent() ? eventValue[i] : 0;
        break;
      case POLICY:
        rules[target] = start(eventPolicy[i], target);
        break;
      case DEMAND:
        state[AS * target + S_DEMAND_FACTOR] = product(DEMAND, target, 1);
        break;
      case LINK:
        linkDown[target] = product(LINK, target, 1) == 0;
        linksTouched |= linkDown[target];
        downCount = 0;
        for (int g = 0; g < t.m; g++) {
          if (linkDown[g]) {
            if (downCount == downFlows.length) {
              downFlows = Arrays.copyOf(downFlows, Math.max(4, 2 * downCount));
            }
            downFlows[downCount++] = g;
          }
        }
        break;
      default:
        double factor = product(CAPACITY, target, 1) * product(OUTAGE, target, 1);
        // Zero first: an unlimited capacity times zero must be zero, not NaN.
        state[AS * target + S_CAPACITY] = factor == 0 ? 0 : t.baseCapacity[target] * factor;
        break;
    }
  }

  /**
   * Returns the product of the factors of the events of a kind on a target active at this tick; outages and link
   * outages count as factor 0.
   */
  private double product(int kind, int target, double start) {
    double p = start;
    for (int i = 0; i < eventKind.length; i++) {
      if (eventKind[i] == kind && eventTarget[i] == target && eventFrom[i] <= tick && tick < eventTo[i]) {
        p *= kind == OUTAGE || kind == LINK ? 0 : eventValue[i];
      }
    }
    return p;
  }

  // ---- Steps 2 and 3 for a consumer segment.

  private void consumerTurn(int c) {
    final int now = tick;
    final boolean links = linksTouched;
    final int r = AS * c;
    final int from = t.actorInt[Topology.AI * c + Topology.A_IN];
    final int to = t.actorInt[Topology.AI * c + Topology.A_IN_END];
    double rec = 0;
    for (int p = from; p < to; p++) {
      rec += arrive(t.inFlow[p], now, links);
    }
    state[r + S_RECEIVED] = rec;
    int s = t.actorInt[Topology.AI * c + Topology.A_SLOT];
    double d = streams[s].next(now);
    if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
      throw new IllegalStateException("demand must be finite and non-negative but was " + d + " (segment "
          + t.chain.id(c) + ", tick " + now + ")");
    }
    d *= state[r + S_DEMAND_FACTOR];
    if (historyLength > 0) {
      history[s * historyLength + (now & historyMask)] = d;
    }
    state[r + S_ORDERED] = d;
    state[r + S_EXPOSURE] = d;
    for (int p = from; p < to; p++) {
      sendOrder(t.inFlow[p], d, d, now);
    }
  }

  // ---- Steps 2 and 4 to 8 for an actor that trades goods.

  private void actorTurn(int a, int kind) {
    final int now = tick;
    final boolean links = linksTouched;
    final int[] flowInt = t.flowInt;
    final double[] data = flowData;
    final double[] st = state;
    final int r = AS * a;
    final int ai = Topology.AI * a;

    // Step 2: goods (or production) due now arrive.
    double rec = 0;
    if (kind == Topology.STOCKIST) {
      boolean arrived = false;
      int to = t.actorInt[ai + Topology.A_IN_END];
      for (int p = t.actorInt[ai + Topology.A_IN]; p < to; p++) {
        int g = t.inFlow[p];
        double x = arrive(g, now, links);
        if (x != 0) {
          int input = flowInt[Topology.FI * g + Topology.F_INPUT];
          inputStock[input] += x;
          rec += x;
          arrived = true;
          if (conservation != null) {
            conservation.inputReceived(input, x);
          }
        }
      }
      st[r + S_SUPPLY] -= rec;
      if (arrived) {
        assemble(a);
      }
    } else {
      int slot = productionBase[a] + (now & productionMask);
      rec = productionRing[slot];
      productionRing[slot] = 0;
      st[r + S_ON_HAND] += rec;
      st[r + S_SUPPLY] -= rec;
      if (conservation != null) {
        conservation.produced(a, rec);
      }
    }
    st[r + S_RECEIVED] = rec;

    // Step 4: orders due now arrive; step 5: ship.
    final int first = t.actorInt[ai + Topology.A_OUT];
    final int last = t.actorInt[ai + Topology.A_OUT_END];
    final double backlogBefore = st[r + S_OWED];
    double arrivedOrders = 0;
    double outstanding = 0;
    for (int g = first; g < last; g++) {
      int f = Topology.FI * g;
      int d = flowInt[f + Topology.F_DATA];
      int slot = flowInt[f + Topology.F_ORDER] + (now & flowInt[f + Topology.F_ORDER_MASK]);
      double x = data[slot];
      if (x != 0) {
        data[slot] = 0;
        arrivedOrders += x;
        data[d + Topology.D_OWED] += x;
        if (conservation != null) {
          conservation.orderArrived(g, x);
        }
      }
      if (!links || !linkDown[g]) {
        outstanding += data[d + Topology.D_OWED];
      }
    }
    st[r + S_INCOMING] = arrivedOrders;
    final double cap = st[r + S_CAPACITY];
    double fraction;
    if (negative) {
      fraction = cap > 0 ? 1 : 0;
    } else {
      double available = Math.min(st[r + S_ON_HAND], cap);
      fraction = outstanding <= available ? 1 : available / outstanding;
    }
    double total = 0;
    double earned = 0;
    double toConsumers = 0;
    double served = 0;
    double stillOwed = 0;
    for (int g = first; g < last; g++) {
      int f = Topology.FI * g;
      int d = flowInt[f + Topology.F_DATA];
      int b = flowInt[f + Topology.F_BUYER];
      served += data[d + Topology.D_COEFFICIENT] * data[d + Topology.D_EXPOSURE];
      double owedNow = data[d + Topology.D_OWED];
      if ((links && linkDown[g]) || fraction == 0) {
        stillOwed += owedNow;
        continue;
      }
      double ship = fraction == 1 ? owedNow : owedNow * fraction;
      if (!negative && ship > data[d + Topology.D_CAPACITY]) {
        ship = data[d + Topology.D_CAPACITY];
      }
      double left = owedNow - ship;
      data[d + Topology.D_OWED] = left;
      stillOwed += left;
      if (ship != 0) {
        int clock = links ? now - paused[g] : now;
        data[d + Topology.D_SHIP + ((clock + flowInt[f + Topology.F_LEAD]) & flowInt[f + Topology.F_SHIP_MASK])] =
            ship;
        total += ship;
        double pay = ship * data[d + Topology.D_PRICE];
        earned += pay;
        cost[b] += pay;
        if (trackPurchases) {
          purchases[b] += pay;
        }
        if (trackConsumerSales && t.kind[b] == Topology.CONSUMER) {
          toConsumers += pay;
        }
        if (conservation != null) {
          conservation.shipped(g, ship);
        }
      }
    }
    double stock = st[r + S_ON_HAND] - total;
    st[r + S_ON_HAND] = negative || stock > 0 ? stock : 0;
    st[r + S_OWED] = stillOwed;
    st[r + S_SHIPPED] = total;
    st[r + S_EXPOSURE] = served;
    if (conservation != null) {
      conservation.shippedBy(a, total);
    }

    // Step 6: money for shipments and own costs (fees are settled once every actor has shipped).
    revenue[a] = earned;
    if (trackSales) {
      sales[a] = earned;
    }
    if (trackConsumerSales) {
      consumerSales[a] = toConsumers;
    }
    double onHandNow = onHandView(a);
    double backlogNow = backlogView(a);
    double own = st[r + S_UNIT_COST] * total + st[r + S_HOLDING_COST] * onHandNow
        + st[r + S_BACKLOG_COST] * backlogNow;
    cost[a] += own;
    ownCostThisTick += own;
    if (trackLedger) {
      ownCost[a] = own;
    }

    // Step 7: the demand signal.
    int pairs = t.actorInt[ai + Topology.A_PAIR];
    int pairsEnd = t.actorInt[ai + Topology.A_PAIR_END];
    st[r + S_SIGNAL] = sharing && pairs < pairsEnd ? sharedSignal(pairs, pairsEnd, now) : arrivedOrders;

    // Step 8: the order.
    actorView.actor = a;
    double q = rules[a].order(actorView);
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
      productionRing[productionBase[a] + ((now + production) & productionMask)] = q;
      st[r + S_SUPPLY] += q;
      if (conservation != null) {
        conservation.released(a, q);
      }
    } else {
      int to = t.actorInt[ai + Topology.A_IN_END];
      for (int p = t.actorInt[ai + Topology.A_IN]; p < to; p++) {
        sendOrder(t.inFlow[p], q, served, now);
      }
      st[r + S_SUPPLY] += q * st[r + S_COEFFICIENT_SUM];
    }
    st[r + S_ORDERED] = q;
    if (measuring) {
      // Fill rate counts shipments against the older backlog first.
      double fresh = total - backlogBefore;
      metrics.goods(a, t.actorInt[ai + Topology.A_ROLE], onHandNow, backlogNow, arrivedOrders,
          fresh <= 0 ? 0 : Math.min(fresh, arrivedOrders), q, served);
    }
  }

  /**
   * Takes the goods due now off the shipping ring of goods flow {@code g} (step 2) and returns them; nothing while
   * the link is down (its ring is paused).
   */
  private double arrive(int g, int now, boolean links) {
    if (links && linkDown[g]) {
      return 0;
    }
    int f = Topology.FI * g;
    int slot = t.flowInt[f + Topology.F_DATA] + Topology.D_SHIP
        + ((links ? now - paused[g] : now) & t.flowInt[f + Topology.F_SHIP_MASK]);
    double x = flowData[slot];
    if (x != 0) {
      flowData[slot] = 0;
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
  private void sendOrder(int g, double q, double exposure, int now) {
    int f = Topology.FI * g;
    int d = t.flowInt[f + Topology.F_DATA];
    double x = q * flowData[d + Topology.D_COEFFICIENT];
    flowData[d + Topology.D_EXPOSURE] = exposure;
    flowData[t.flowInt[f + Topology.F_ORDER] + ((now + t.flowInt[f + Topology.F_DELAY])
        & t.flowInt[f + Topology.F_ORDER_MASK])] = x;
    if (conservation != null) {
      conservation.ordered(g, x);
    }
  }

  /**
   * Makes output from the inputs held, as much as the scarcest input allows: {@code made = min over inputs k of
   * stock(k) / requirement(k)}; the scarcest input is used up exactly.
   */
  private void assemble(int a) {
    int from = t.actorInt[Topology.AI * a + Topology.A_INPUT];
    int to = t.actorInt[Topology.AI * a + Topology.A_INPUT_END];
    double made;
    if (to - from == 1) {
      made = inputStock[from] * t.inverseRequirement[from];
      inputStock[from] = 0;
    } else {
      made = Double.POSITIVE_INFINITY;
      int scarcest = -1;
      for (int k = from; k < to; k++) {
        if (t.inverseRequirement[k] > 0) {
          double can = inputStock[k] * t.inverseRequirement[k];
          if (can < made) {
            made = can;
            scarcest = k;
          }
        }
      }
      if (made == 0 || scarcest < 0) {
        return;
      }
      for (int k = from; k < to; k++) {
        inputStock[k] = k == scarcest ? 0 : inputStock[k] - made * t.inputRequirement[k];
      }
    }
    state[AS * a + S_ON_HAND] += made;
    if (conservation != null) {
      conservation.made(a, made);
    }
  }

  private double sharedSignal(int from, int to, int now) {
    double sum = 0;
    for (int p = from; p < to; p++) {
      sum += t.pairWeight[p] * history[t.pairSegment[p] * historyLength + ((now - t.pairDelay[p]) & historyMask)];
    }
    return sum;
  }

  // ---- Step 6: fees, once every actor has shipped.

  private void settleFees() {
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

  // ---- Step 9: metrics, recorders, conservation, observers.

  private void endOfTick() {
    if (measuring) {
      metrics.endTick(revenue, cost, ownCostThisTick);
    }
    recording.record(tickView, tick);
    if (conservation != null) {
      conservation.check(tick);
    }
    if (observer != null) {
      observer.afterTick(tickView);
    }
  }

  // ---- Reads shared by the views, recorders and the conservation check.

  double onHandView(int a) {
    double x = state[AS * a + S_ON_HAND];
    return x > 0 ? x : 0;
  }

  double backlogView(int a) {
    double owedTotal = state[AS * a + S_OWED];
    double x = state[AS * a + S_ON_HAND];
    return negative && x < 0 ? owedTotal - x : owedTotal;
  }

  double onOrderView(int a) {
    double line = state[AS * a + S_SUPPLY];
    return t.kind[a] == Topology.STOCKIST ? line * state[AS * a + S_INVERSE_COEFFICIENT_SUM] : line;
  }

  double revenue(int a) {
    return revenue[a];
  }

  double cost(int a) {
    return cost[a];
  }

  double value(Series series, int a) {
    int r = AS * a;
    switch (series) {
      case ON_HAND:
        return onHandView(a);
      case BACKLOG:
        return backlogView(a);
      case ON_ORDER:
        return onOrderView(a);
      case INCOMING_ORDERS:
        return state[r + S_INCOMING];
      case ORDERS:
        return state[r + S_ORDERED];
      case SHIPPED:
        return state[r + S_SHIPPED];
      case RECEIVED:
        return state[r + S_RECEIVED];
      case DEMAND_SIGNAL:
        return t.kind[a] == Topology.CONSUMER ? state[r + S_ORDERED] : state[r + S_SIGNAL];
      case CONSUMER_DEMAND:
        return state[r + S_EXPOSURE];
      case CAPACITY:
        return state[r + S_CAPACITY];
      case REVENUE:
        return revenue[a];
      case COST:
        return cost[a];
      case PROFIT:
        return revenue[a] - cost[a];
      default:
        throw new AssertionError(series);
    }
  }

  // Package-private reads for the conservation check.
  double onHand(int a) {
    return state[AS * a + S_ON_HAND];
  }

  double owed(int g) {
    return flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_OWED];
  }

  double supplyLine(int a) {
    return state[AS * a + S_SUPPLY];
  }

  double inputStock(int k) {
    return inputStock[k];
  }

  double shipRingSum(int g) {
    int f = Topology.FI * g;
    int start = t.flowInt[f + Topology.F_DATA] + Topology.D_SHIP;
    return sum(flowData, start, start + t.flowInt[f + Topology.F_SHIP_MASK] + 1);
  }

  double orderRingSum(int g) {
    int f = Topology.FI * g;
    int start = t.flowInt[f + Topology.F_ORDER];
    return sum(flowData, start, start + t.flowInt[f + Topology.F_ORDER_MASK] + 1);
  }

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

  double sales(int a) {
    return sales[a];
  }

  double purchases(int a) {
    return purchases[a];
  }

  double feesIn(int a) {
    return feesIn[a];
  }

  double feesOut(int a) {
    return feesOut[a];
  }

  double ownCost(int a) {
    return ownCost[a];
  }

  boolean negative() {
    return negative;
  }

  /** The view an actor's rule sees at step 8 (and a policy at start). */
  private final class ActorState implements ActorView {
    int actor;

    @Override
    public int tick() {
      return tick;
    }

    @Override
    public String id() {
      return t.chain.id(actor);
    }

    @Override
    public Role role() {
      return t.chain.role(actor);
    }

    @Override
    public double onHand() {
      return onHandView(actor);
    }

    @Override
    public double backlog() {
      return backlogView(actor);
    }

    @Override
    public double onOrder() {
      return onOrderView(actor);
    }

    @Override
    public double incomingOrders() {
      return state[AS * actor + S_INCOMING];
    }

    @Override
    public double shipped() {
      return state[AS * actor + S_SHIPPED];
    }

    @Override
    public double received() {
      return state[AS * actor + S_RECEIVED];
    }

    @Override
    public double demandSignal() {
      return state[AS * actor + S_SIGNAL];
    }

    @Override
    public int leadTime() {
      int lead = t.actorInt[Topology.AI * actor + Topology.A_LEAD];
      return lead > 0 ? lead : production;
    }

    @Override
    public String toString() {
      return "ActorView{" + id() + ", tick=" + tick + "}";
    }
  }

  /** The view observers and recorders see at the end of a tick. */
  private final class EndOfTick implements TickView {
    @Override
    public int tick() {
      return tick;
    }

    @Override
    public CompiledChain chain() {
      return t.chain;
    }

    @Override
    public double value(Series series, int actor) {
      return Run.this.value(series, actor);
    }

    @Override
    public String toString() {
      return "TickView{tick=" + tick + "}";
    }
  }
}
