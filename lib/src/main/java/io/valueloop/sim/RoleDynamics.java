package io.valueloop.sim;

import io.valueloop.flow.GoodsEquation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role dynamics of a run (docs/design.md §3, role dynamics): conversions C → b ({@link Conversion}), adoption of
 * the platform B → S ({@link Adoption}) and churn ({@link Churn}). At step 1 of each tick, after events and faults,
 * in this order: each segment's leavers and converts, then each adoption's adopters, then each churn rule's
 * leavers; then the order coefficients of every buyer they touch ({@link Markets}) and the service-fee switches. At
 * the end of step 6, once fees are settled, the leavers' excess stock is settled ({@link Leaving}), the churn rules
 * take in the tick's profits and the tick's counts and shares are recorded ({@link RoleCounts}). Everything is
 * sized when the run is set up; a tick allocates nothing.
 */
final class RoleDynamics {
  private final Topology t;
  private final RunState state;
  private final Ledger ledger;
  /** The conservation check, or null (set by the run). */
  Conservation conservation;
  final Markets markets;
  /** Per actor: the segment whose seat it is, or null. */
  final ConversionSegment[] seatOf;
  /** Per actor: its position among its segment's seats. */
  final int[] seatPosition;
  /** Per actor: whether an adoption lists it; whether a churn rule lists it. */
  final boolean[] adopting;
  final boolean[] churning;
  /** Per actor: the rule that settles its stock while it is a leaver, or null. */
  private final Leaving[] leaving;
  private final int[] settling;
  private int settlingCount;
  private final ConversionSegment[] segments;
  private final Adopters[] adoptions;
  private final Churners[] churns;
  /** Per service flow: the goods flow from its provider to the actor it serves, or -1. */
  private final int[] serviceTrade;
  private final RoleCounts counts;
  private int tick;
  private boolean changed;

  private RoleDynamics(Topology t, Scenario scenario, RunState state, Ledger ledger) {
    this.t = t;
    this.state = state;
    this.ledger = ledger;
    int n = t.n;
    markets = new Markets(t, state);
    seatOf = new ConversionSegment[n];
    seatPosition = new int[n];
    adopting = new boolean[n];
    churning = new boolean[n];
    leaving = new Leaving[n];
    settling = new int[n];
    counts = new RoleCounts(t, state, ledger, markets, scenario.ticks());
    RandomStreams random = RandomStreams.of(scenario.seed());
    long replication = scenario.replication();
    List<Conversion> conversions = scenario.conversions();
    segments = new ConversionSegment[conversions.size()];
    for (int i = 0; i < segments.length; i++) {
      Conversion c = conversions.get(i);
      segments[i] = new ConversionSegment(t, state, this, c, scenario.ticks(), random.stream(replication,
          "conversion/" + c.segmentId()), random.stream(replication, "conversion-churn/" + c.segmentId()));
    }
    List<Adoption> adoptionList = scenario.mechanics().adoptions();
    adoptions = new Adopters[adoptionList.size()];
    for (int i = 0; i < adoptions.length; i++) {
      Adoption a = adoptionList.get(i);
      int same = 0;
      for (int j = 0; j < i; j++) {
        same += adoptionList.get(j).label().equals(a.label()) ? 1 : 0;
      }
      adoptions[i] = new Adopters(t, state, this, a, random.stream(replication, "adoption/" + a.label()
          + (same == 0 ? "" : "#" + same)));
    }
    List<Churn> churnList = scenario.mechanics().churns();
    churns = new Churners[churnList.size()];
    for (int i = 0; i < churns.length; i++) {
      Churn c = churnList.get(i);
      churns[i] = new Churners(t, this, c, random.stream(replication, "churn/" + c.actorIds().get(0)));
    }
    serviceTrade = new int[t.serviceProvider.length];
    for (int f = 0; f < serviceTrade.length; f++) {
      serviceTrade[f] = -1;
      int served = t.serviceServed[f];
      for (int p = t.inStart[served]; p < t.inStart[served + 1]; p++) {
        if (t.seller[t.inFlow[p]] == t.serviceProvider[f]) {
          serviceTrade[f] = t.inFlow[p];
        }
      }
    }
    ledger.serviceOff = serviceTrade.length > 0 ? new boolean[serviceTrade.length] : null;
    markets.prepare();
    markets.rewire();
    services();
  }

  /** Returns the role dynamics of a run, or null when the scenario has none. */
  static RoleDynamics of(Topology t, Scenario scenario, RunState state, Ledger ledger) {
    Mechanics m = scenario.mechanics();
    if (scenario.conversions().isEmpty() && m.adoptions().isEmpty() && m.churns().isEmpty()) {
      return null;
    }
    return new RoleDynamics(t, scenario, state, ledger);
  }

  /**
   * For a steady start: the gross outputs of the nominal demand under the run's starting coefficients (dormant seats
   * and not yet adopted platform flows at zero), so that dormant seats start empty and incumbents in their steady
   * state.
   */
  double[] grossOutput() {
    double[] weights = new double[t.m];
    for (int g = 0; g < t.m; g++) {
      weights[g] = t.kind[t.seller[g]] == Topology.CONSUMER ? 0
          : state.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT];
    }
    double[] b = new double[t.n];
    for (int c : t.consumers) {
      b[c] = t.nominalDemand[c];
    }
    return GoodsEquation.of(t.chain, weights).solve(b);
  }

  /** Step 1: conversions, adoptions, churn; then the touched buyers' coefficients and the fee switches. */
  void apply(int tick) {
    this.tick = tick;
    for (ConversionSegment segment : segments) {
      segment.apply(tick);
    }
    int adopted = 0;
    for (Adopters a : adoptions) {
      adopted += a.apply();
    }
    if (adopted > 0) {
      changed = true;
    }
    for (Churners c : churns) {
      c.apply(tick);
    }
    for (ConversionSegment segment : segments) {
      segment.record(tick);
    }
    if (changed) {
      markets.rewire();
      services();
      changed = false;
    }
    counts.population(tick, adopted);
  }

  /** Seats a convert: the actor becomes active and claims its share of its segments' demand. */
  void activate(int a) {
    markets.active[a] = true;
    leaving[a] = null;
    markets.seat(a);
    counts.activated(a, true);
    changed = true;
  }

  /** At set-up: a seat starts dormant. */
  void deactivate(int a) {
    markets.active[a] = false;
    markets.touchCustomers(a);
    counts.activated(a, false);
    changed = true;
  }

  /** An active actor leaves: no more orders reach it; its seat, if any, is freed; its stock is settled by the rule. */
  void leave(int a, Leaving rule) {
    markets.active[a] = false;
    if (seatOf[a] != null) {
      markets.seat(a);
    } else {
      markets.touchCustomers(a);
    }
    counts.activated(a, false);
    counts.left(tick);
    if (seatOf[a] != null) {
      seatOf[a].release(a, tick);
    }
    if (rule.rule() != Leaving.Rule.KEEP && leaving[a] == null) {
      settling[settlingCount++] = a;
    }
    leaving[a] = rule;
    changed = true;
  }

  /** Switches each service flow on while both ends are active and the trade beneath it, if any, is on. */
  private void services() {
    boolean[] off = ledger.serviceOff;
    if (off == null) {
      return;
    }
    for (int f = 0; f < off.length; f++) {
      int g = serviceTrade[f];
      off[f] = !markets.active[t.serviceProvider[f]] || !markets.active[t.serviceServed[f]]
          || (g >= 0 && !markets.on(g));
    }
  }

  /** End of step 6: the leavers' excess stock is settled, the churn rules see the profits, the tick is recorded. */
  void settle(int tick) {
    for (int i = settlingCount - 1; i >= 0; i--) {
      int a = settling[i];
      Leaving rule = leaving[a];
      if (rule == null || rule.rule() == Leaving.Rule.KEEP) {
        settling[i] = settling[--settlingCount];
      } else {
        settle(a, rule, tick);
      }
    }
    for (Churners c : churns) {
      c.record(tick, ledger);
    }
    counts.money(tick);
  }

  private void settle(int a, Leaving rule, int tick) {
    int r = RunState.record(a);
    double x = state.state[r + RunState.S_ON_HAND] - state.state[r + RunState.S_OWED];
    if (!(x > 0)) {
      return;
    }
    int g = -1;
    if (rule.rule() == Leaving.Rule.RETURN) {
      double most = -1;
      for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
        int h = t.inFlow[p];
        double coefficient = state.flowData[t.flowInt[Topology.FI * h + Topology.F_DATA] + Topology.D_COEFFICIENT];
        if (coefficient > most && t.orders(t.seller[h])) {
          g = h;
          most = coefficient;
        }
      }
    } else if (rule.rule() == Leaving.Rule.SELL_OFF) {
      for (int h = t.outStart[a]; h < t.outStart[a + 1]; h++) {
        if (t.kind[t.buyer[h]] == Topology.CONSUMER && (g < 0 || t.coefficient[h] > t.coefficient[g])) {
          g = h;
        }
      }
    }
    state.state[r + RunState.S_ON_HAND] -= x;
    if (conservation != null) {
      conservation.settled(a, x);
    }
    if (g < 0) {
      counts.lost[tick] += x;
      return;
    }
    double price = state.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_PRICE];
    int other;
    double money;
    if (rule.rule() == Leaving.Rule.RETURN) {
      other = t.seller[g];
      double units = x * t.inputRequirement[t.flowInt[Topology.FI * g + Topology.F_INPUT]];
      state.state[RunState.record(other) + RunState.S_ON_HAND] += units;
      if (conservation != null) {
        conservation.settled(other, -units);
      }
      money = units * price;
      counts.returned[tick] += units;
      counts.returnedValue += money;
    } else {
      other = t.buyer[g];
      money = x * price * rule.priceFactor();
      counts.soldOff[tick] += x;
      counts.soldOffValue += money;
    }
    ledger.revenue[a] += money;
    ledger.cost[other] += money;
    if (ledger.trackSales) {
      ledger.sales[a] += money;
    }
    if (ledger.trackPurchases) {
      ledger.purchases[other] += money;
    }
  }

  /** Returns the conversions' traces by segment id, in the scenario's order. */
  Map<String, PopulationTrace> traces() {
    Map<String, PopulationTrace> traces = new LinkedHashMap<>();
    for (ConversionSegment segment : segments) {
      traces.put(segment.conversion.segmentId(), new PopulationTrace(segment.conversion, segment.role,
          segment.converts, segment.leavers, segment.active));
    }
    return traces;
  }

  /** Returns the set-up diagnostics with those found while running (converts without a seat). */
  List<Diagnostic> diagnostics(List<Diagnostic> setUp) {
    return RoleDiagnostics.finish(setUp, segments);
  }

  /** Returns the run's role trace. */
  RoleTrace trace() {
    return counts.trace(segments);
  }
}
