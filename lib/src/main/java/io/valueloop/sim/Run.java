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
 */
final class Run {
  private static final int OUTAGE = 0;
  private static final int LINK = 1;
  private static final int CAPACITY = 2;
  private static final int DEMAND = 3;
  private static final int PRICE = 4;
  private static final int POLICY = 5;
  private static final int ROLES = Role.values().length;

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

  // Actors.
  private final double[] onHand;
  private final double[] owedSum;
  private final double[] supplyLine;
  private final double[] capacity;
  private final double[] incoming;
  private final double[] shipped;
  private final double[] received;
  private final double[] signal;
  private final double[] ordered;
  private final double[] exposure;
  private final double[] demandFactor;
  private final double[] inputStock;
  private final OrderRule[] rules;
  private final DemandStream[] streams;
  private final int[] productionBase;
  private final double[] productionRing;

  // Flows.
  private final double[] owed;
  private final double[] shipRing;
  private final double[] orderRing;
  private final double[] price;
  private final boolean[] linkDown;
  private final int[] paused;
  private int[] downFlows = new int[0];
  private int downCount;

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
  private boolean linksTouched;

  // Events, resolved.
  private final int[] eventKind;
  private final int[] eventTarget;
  private final int[] eventFrom;
  private final int[] eventTo;
  private final double[] eventValue;
  private final OrderingPolicy[] eventPolicy;
  private final int[] boundaries;
  private int nextBoundary;

  // Metrics over the measured ticks [warmUp, ticks).
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

    onHand = new double[n];
    owedSum = new double[n];
    supplyLine = new double[n];
    capacity = Arrays.copyOf(topology.baseCapacity, n);
    incoming = new double[n];
    shipped = new double[n];
    received = new double[n];
    signal = new double[n];
    ordered = new double[n];
    exposure = new double[n];
    demandFactor = new double[n];
    Arrays.fill(demandFactor, 1);
    inputStock = new double[topology.inputStart[n]];
    rules = new OrderRule[n];
    streams = new DemandStream[topology.consumers.length];
    productionBase = new int[n];
    int productionSlots = 0;
    for (int a = 0; a < n; a++) {
      if (topology.kind[a] == Topology.SOURCE) {
        productionBase[a] = productionSlots;
        productionSlots = Math.addExact(productionSlots, productionLength);
      }
      if (topology.kind[a] == Topology.SOURCE || topology.kind[a] == Topology.STOCKIST) {
        onHand[a] = topology.initialInventory[a];
      }
    }
    productionRing = new double[productionSlots];

    int m = topology.m;
    owed = new double[m];
    shipRing = new double[topology.shipSlots];
    orderRing = new double[topology.orderSlots];
    price = Arrays.copyOf(topology.basePrice, m);
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
    for (int a = 0; a < n; a++) {
      byte kind = t.kind[a];
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
      double flow = t.coefficient[g] * x[t.buyer[g]];
      for (int k = 0; k < t.orderDelay[g]; k++) {
        orderRing[t.orderBase[g] + (k & t.orderMask[g])] = flow;
      }
      for (int k = 0; k < t.leadTime[g]; k++) {
        shipRing[t.shipBase[g] + (k & t.shipMask[g])] = flow;
      }
      int b = t.buyer[g];
      if (t.kind[b] == Topology.STOCKIST) {
        supplyLine[b] += (t.orderDelay[g] + t.leadTime[g]) * flow;
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
        supplyLine[a] = production * x[a];
        if (conservation != null) {
          conservation.prefillProduction(a, production * x[a]);
        }
      }
      if (t.orders(a)) {
        signal[a] = x[a];
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
        price[target] = t.chain.payment(target).isPresent() ? eventValue[i] : 0;
        break;
      case POLICY:
        rules[target] = start(eventPolicy[i], target);
        break;
      case DEMAND:
        demandFactor[target] = product(DEMAND, target, 1);
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
        capacity[target] = factor == 0 ? 0 : t.baseCapacity[target] * factor;
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
    double rec = 0;
    for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
      int g = t.inFlow[p];
      if (!links || !linkDown[g]) {
        int slot = t.shipBase[g] + ((links ? now - paused[g] : now) & t.shipMask[g]);
        double x = shipRing[slot];
        if (x != 0) {
          shipRing[slot] = 0;
          rec += x;
          if (conservation != null) {
            conservation.received(g, x);
          }
        }
      }
    }
    received[c] = rec;
    int s = t.consumerSlot[c];
    double d = streams[s].next(now);
    if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
      throw new IllegalStateException("demand must be finite and non-negative but was " + d + " (segment "
          + t.chain.id(c) + ", tick " + now + ")");
    }
    d *= demandFactor[c];
    if (historyLength > 0) {
      history[s * historyLength + (now & historyMask)] = d;
    }
    ordered[c] = d;
    exposure[c] = d;
    for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
      int g = t.inFlow[p];
      double x = d * t.coefficient[g];
      orderRing[t.orderBase[g] + ((now + t.orderDelay[g]) & t.orderMask[g])] = x;
      if (conservation != null) {
        conservation.ordered(g, x);
      }
    }
  }

  // ---- Steps 2 and 4 to 8 for an actor that trades goods.

  private void actorTurn(int a, byte kind) {
    final int now = tick;
    final boolean links = linksTouched;
    // Step 2: goods (or production) due now arrive.
    double rec = 0;
    if (kind == Topology.STOCKIST) {
      boolean arrived = false;
      for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
        int g = t.inFlow[p];
        if (!links || !linkDown[g]) {
          int slot = t.shipBase[g] + ((links ? now - paused[g] : now) & t.shipMask[g]);
          double x = shipRing[slot];
          if (x != 0) {
            shipRing[slot] = 0;
            inputStock[t.inputOf[g]] += x;
            rec += x;
            arrived = true;
            if (conservation != null) {
              conservation.received(g, x);
              conservation.inputReceived(t.inputOf[g], x);
            }
          }
        }
      }
      supplyLine[a] -= rec;
      if (arrived) {
        assemble(a);
      }
    } else {
      int slot = productionBase[a] + (now & productionMask);
      rec = productionRing[slot];
      productionRing[slot] = 0;
      onHand[a] += rec;
      supplyLine[a] -= rec;
      if (conservation != null) {
        conservation.produced(a, rec);
      }
    }
    received[a] = rec;

    // Step 4: orders due now arrive; step 5: ship.
    int first = t.outStart[a];
    int last = t.outStart[a + 1];
    double backlogBefore = owedSum[a];
    double arrivedOrders = 0;
    double outstanding = 0;
    for (int g = first; g < last; g++) {
      int slot = t.orderBase[g] + (now & t.orderMask[g]);
      double x = orderRing[slot];
      if (x != 0) {
        orderRing[slot] = 0;
        arrivedOrders += x;
        owed[g] += x;
        if (conservation != null) {
          conservation.orderArrived(g, x);
        }
      }
      if (!links || !linkDown[g]) {
        outstanding += owed[g];
      }
    }
    incoming[a] = arrivedOrders;
    double cap = capacity[a];
    double fraction;
    if (negative) {
      fraction = cap > 0 ? 1 : 0;
    } else {
      double available = Math.min(onHand[a], cap);
      fraction = outstanding <= available ? 1 : available / outstanding;
    }
    double total = 0;
    double earned = 0;
    double toConsumers = 0;
    double served = 0;
    double stillOwed = 0;
    for (int g = first; g < last; g++) {
      int b = t.buyer[g];
      served += t.coefficient[g] * exposure[b];
      if ((links && linkDown[g]) || fraction == 0) {
        stillOwed += owed[g];
        continue;
      }
      double ship = fraction == 1 ? owed[g] : owed[g] * fraction;
      if (!negative && ship > t.flowCapacity[g]) {
        ship = t.flowCapacity[g];
      }
      double left = owed[g] - ship;
      owed[g] = left;
      stillOwed += left;
      if (ship != 0) {
        shipRing[t.shipBase[g] + ((links ? now - paused[g] : now) + t.leadTime[g] & t.shipMask[g])] = ship;
        total += ship;
        double pay = ship * price[g];
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
    double stock = onHand[a] - total;
    onHand[a] = negative || stock > 0 ? stock : 0;
    owedSum[a] = stillOwed;
    shipped[a] = total;
    exposure[a] = served;
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
    double own = t.unitCost[a] * total + t.holdingCost[a] * onHandNow + t.backlogCost[a] * backlogNow;
    cost[a] += own;
    ownCostThisTick += own;
    if (trackLedger) {
      ownCost[a] = own;
    }

    // Step 7: the demand signal.
    signal[a] = sharing && t.pairStart[a] < t.pairStart[a + 1] ? sharedSignal(a, now) : arrivedOrders;

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
      supplyLine[a] += q;
      if (conservation != null) {
        conservation.released(a, q);
      }
    } else {
      for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
        int g = t.inFlow[p];
        double x = q * t.coefficient[g];
        orderRing[t.orderBase[g] + ((now + t.orderDelay[g]) & t.orderMask[g])] = x;
        if (conservation != null) {
          conservation.ordered(g, x);
        }
      }
      supplyLine[a] += q * t.coefficientSum[a];
    }
    ordered[a] = q;
    if (measuring) {
      // Fill rate counts shipments against the older backlog first.
      double fresh = total - backlogBefore;
      metrics.goods(a, onHandNow, backlogNow, arrivedOrders, fresh <= 0 ? 0 : Math.min(fresh, arrivedOrders), q,
          served);
    }
  }

  /**
   * Makes output from the inputs held, as much as the scarcest input allows: {@code made = min over inputs k of
   * stock(k) / requirement(k)}; the scarcest input is used up exactly.
   */
  private void assemble(int a) {
    int from = t.inputStart[a];
    int to = t.inputStart[a + 1];
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
    onHand[a] += made;
    if (conservation != null) {
      conservation.made(a, made);
    }
  }

  private double sharedSignal(int a, int now) {
    double sum = 0;
    for (int p = t.pairStart[a]; p < t.pairStart[a + 1]; p++) {
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
    return onHand[a] > 0 ? onHand[a] : 0;
  }

  double backlogView(int a) {
    return negative && onHand[a] < 0 ? owedSum[a] - onHand[a] : owedSum[a];
  }

  double onOrderView(int a) {
    return t.kind[a] == Topology.STOCKIST ? supplyLine[a] * t.inverseCoefficientSum[a] : supplyLine[a];
  }

  double revenue(int a) {
    return revenue[a];
  }

  double cost(int a) {
    return cost[a];
  }

  double value(Series series, int a) {
    switch (series) {
      case ON_HAND:
        return onHandView(a);
      case BACKLOG:
        return backlogView(a);
      case ON_ORDER:
        return onOrderView(a);
      case INCOMING_ORDERS:
        return incoming[a];
      case ORDERS:
        return ordered[a];
      case SHIPPED:
        return shipped[a];
      case RECEIVED:
        return received[a];
      case DEMAND_SIGNAL:
        return t.kind[a] == Topology.CONSUMER ? ordered[a] : signal[a];
      case CONSUMER_DEMAND:
        return exposure[a];
      case CAPACITY:
        return capacity[a];
      case REVENUE:
        return revenue(a);
      case COST:
        return cost(a);
      case PROFIT:
        return revenue(a) - cost(a);
      default:
        throw new AssertionError(series);
    }
  }

  // Package-private reads for the conservation check.
  double onHand(int a) {
    return onHand[a];
  }

  double owed(int g) {
    return owed[g];
  }

  double supplyLine(int a) {
    return supplyLine[a];
  }

  double inputStock(int k) {
    return inputStock[k];
  }

  double shipRingSum(int g) {
    double sum = 0;
    for (int k = 0; k <= t.shipMask[g]; k++) {
      sum += shipRing[t.shipBase[g] + k];
    }
    return sum;
  }

  double orderRingSum(int g) {
    double sum = 0;
    for (int k = 0; k <= t.orderMask[g]; k++) {
      sum += orderRing[t.orderBase[g] + k];
    }
    return sum;
  }

  double productionRingSum(int a) {
    double sum = 0;
    for (int k = 0; k <= productionMask; k++) {
      sum += productionRing[productionBase[a] + k];
    }
    return sum;
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
      return incoming[actor];
    }

    @Override
    public double shipped() {
      return shipped[actor];
    }

    @Override
    public double received() {
      return received[actor];
    }

    @Override
    public double demandSignal() {
      return signal[actor];
    }

    @Override
    public int leadTime() {
      return t.kind[actor] == Topology.STOCKIST ? t.supplyLeadTime[actor] : production;
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
