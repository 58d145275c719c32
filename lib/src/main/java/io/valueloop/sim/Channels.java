package io.valueloop.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The channels of a run ({@link ChannelPlan}, docs/design.md §3, "channels"): the state the turns of businesses with
 * channels and of drop-shipping platforms share ({@link ChannelTurn}), the share changes of step 1, the money of
 * drop-shipments and handling settled after the turns, and the per-channel metrics.
 *
 * <p>State per goods flow {@code g} from a business with channels to a segment (a <em>channel flow</em>): the
 * segment's online share; the online orders owed by the business (ship-from-store; also counted in the flow's owed
 * quantity) or, for drop-shipping, a two-slot ring of orders forwarded to the platform and the units the platform
 * owes; the online deliveries in transit, a ring indexed by arrival tick on the flow's shipping clock; the units
 * lost; and sums for the metrics. Per business: its online stock (separate stock only) and the on-hand it left.
 * Every entry is written by one actor's turn (the business, or its platform for drop-shipments and the delivery
 * ring of a drop-shipping flow) or after the turns, so safe with several threads. No allocation after set-up.
 */
final class Channels {
  /** Metric fields per flow and channel: {@code metric[MF · (2g + channel) + field]}. */
  static final int M_DEMAND = 0;
  static final int M_SALES = 1;
  static final int M_AT_ONCE = 2;
  static final int M_LOST = 3;
  static final int M_REVENUE = 4;
  static final int M_LOST_VALUE = 5;
  static final int MF = 6;

  final Topology t;
  final ChannelSetup[] setup;
  /** Per flow: whether it is a channel flow. */
  final boolean[] channel;
  final double[] share;
  final double[] onlineOwed;
  final double[] forwarded;
  final double[] dropOwed;
  /** Per flow and channel ({@code 2g + channel}): units lost since the start of the run. */
  final double[] lost;
  /** Per flow: units shipped online this tick (for handling costs and drop-ship money after the turns). */
  final double[] onlineShipped;
  /** Per channel flow: the online deliveries in transit. */
  final FlowRings rings;
  final double[] metric;
  /** Per flow and channel ({@code 2g + channel}): owed before this tick's orders, and this tick's orders. */
  final double[] before;
  final double[] arrivedNow;
  /** Per actor: its online stock and the on-hand it left at its last step 5; the online share of its demand. */
  final double[] onlineStock;
  final double[] leftOnHand;
  final double[] onlineTarget;
  /** The businesses with channels, in actor order. */
  private final int[] sellers;
  /** Per actor: its platform's flow to it (drop-ship price), or -1. */
  final int[] platformFlow;
  /** Per platform actor: the channel flows it drop-ships, {@code dropFlow[dropStart[a] .. dropStart[a + 1])}. */
  final int[] dropStart;
  final int[] dropFlow;
  /** Per channel flow: the stream that chooses each unit's channel ({@code channels/<seller>-><segment>}). */
  private final RandomGenerator[] stream;
  private final int[] changeTick;
  private final int[] changeSegment;
  private final double[] changeShare;
  private int nextChange;

  private Channels(Topology t, ChannelSetup[] setup, int[] platformFlow, int[] dropStart, int[] dropFlow,
      boolean[] channel, int[] onlineLead, List<ChannelPlan.ShareChange> changes) {
    this.t = t;
    this.setup = setup;
    this.platformFlow = platformFlow;
    this.dropStart = dropStart;
    this.dropFlow = dropFlow;
    this.channel = channel;
    this.rings = new FlowRings(onlineLead);
    int m = t.m;
    share = new double[m];
    onlineOwed = new double[m];
    forwarded = new double[2 * m];
    dropOwed = new double[m];
    lost = new double[2 * m];
    onlineShipped = new double[m];
    metric = new double[2 * MF * m];
    before = new double[2 * m];
    arrivedNow = new double[2 * m];
    onlineStock = new double[t.n];
    leftOnHand = new double[t.n];
    onlineTarget = new double[t.n];
    stream = new RandomGenerator[m];
    sellers = IntStream.range(0, t.n).filter(a -> setup[a] != null).toArray();
    changeTick = new int[changes.size()];
    changeSegment = new int[changes.size()];
    changeShare = new double[changes.size()];
    for (int i = 0; i < changes.size(); i++) {
      changeTick[i] = changes.get(i).tick();
      changeSegment[i] = LeadTimes.actor(t, changes.get(i).segmentId(), "share change");
      changeShare[i] = changes.get(i).share();
    }
  }

  /** Returns the channels of a scenario on a chain, or null if no business has channels. */
  static Channels of(Topology t, Scenario scenario) {
    ChannelPlan plan = scenario.mechanics().channels();
    if (plan.isEmpty()) {
      return null;
    }
    if (scenario.negativeOrders()) {
      throw new IllegalArgumentException("negative orders must be off with channels but was on (scenario)");
    }
    ChannelSetup[] setup = new ChannelSetup[t.n];
    int[] platformFlow = new int[t.n];
    Arrays.fill(platformFlow, -1);
    boolean[] channel = new boolean[t.m];
    int[] onlineLead = new int[t.m];
    int[] drops = new int[t.n + 1];
    SetUpProblems problems = new SetUpProblems();
    for (Map.Entry<String, ChannelSetup> e : plan.businesses().entrySet()) {
      problems.check(() -> business(t, e.getKey(), e.getValue(), setup, platformFlow, channel, onlineLead, drops));
    }
    problems.check(() -> refuseShortages(t, scenario.mechanics(), channel));
    for (String id : plan.shares().keySet()) {
      problems.check(() -> segment(t, id));
    }
    for (ChannelPlan.ShareChange change : plan.changes()) {
      problems.check(() -> segment(t, change.segmentId()));
    }
    for (int a = 0; a < t.n; a++) {
      if (setup[a] != null && drops[a + 1] > 0) {
        problems.add("drop-ship platform must not sell through channels itself but was '" + t.chain.id(a) + "'");
      }
      drops[a + 1] += drops[a];
    }
    problems.throwIfAny();
    int[] dropFlow = new int[drops[t.n]];
    int[] fill = Arrays.copyOf(drops, t.n);
    for (int b = 0; b < t.n; b++) {
      if (setup[b] != null && setup[b].dropShips()) {
        int s = t.seller[platformFlow[b]];
        for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
          dropFlow[fill[s]++] = g;
        }
      }
    }
    List<ChannelPlan.ShareChange> changes = new ArrayList<>(plan.changes());
    changes.sort((x, y) -> Integer.compare(x.tick(), y.tick()));
    Channels c = new Channels(t, setup, platformFlow, drops, dropFlow, channel, onlineLead, changes);
    RandomStreams random = RandomStreams.of(scenario.seed());
    for (int g = 0; g < t.m; g++) {
      if (channel[g]) {
        c.share[g] = plan.shares().getOrDefault(t.chain.id(t.buyer[g]), plan.defaultShare());
        c.stream[g] = random.stream(scenario.replication(), "channels/" + t.flowLabel(g));
      }
    }
    for (int b = 0; b < t.n; b++) {
      if (setup[b] != null) {
        c.target(b);
      }
    }
    return c;
  }

  /**
   * Checks and enters one business with channels: its setup, its channel flows and their online lead times, and its
   * drop-shipping platform's flow to it and count of channel flows ({@code drops[s + 1]}).
   */
  private static void business(Topology t, String id, ChannelSetup c, ChannelSetup[] setup, int[] platformFlow,
      boolean[] channel, int[] onlineLead, int[] drops) {
    int b = LeadTimes.actor(t, id, "channel business");
    if (t.kind[b] != Topology.STOCKIST || t.outStart[b] == t.outStart[b + 1]) {
      throw new IllegalArgumentException("channel business must be an actor with suppliers and customers but was '"
          + id + "' (role " + t.chain.role(b) + ")");
    }
    for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
      if (t.kind[t.buyer[g]] != Topology.CONSUMER) {
        throw new IllegalArgumentException("channel business customer must be a consumer segment but was '"
            + t.chain.id(t.buyer[g]) + "' (" + t.flowLabel(g) + ")");
      }
    }
    int platform = -1;
    if (c.dropShips()) {
      int s = LeadTimes.actor(t, c.dropShipperId(), "drop-ship platform");
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        if (t.seller[t.inFlow[p]] == s) {
          platform = t.inFlow[p];
        }
      }
      if (platform < 0 || (t.kind[s] != Topology.STOCKIST && t.kind[s] != Topology.SOURCE)) {
        throw new IllegalArgumentException("drop-ship platform must be a supplier of the business with stock but "
            + "was '" + c.dropShipperId() + "' (" + id + ")");
      }
      drops[s + 1] += t.outStart[b + 1] - t.outStart[b];
    }
    setup[b] = c;
    platformFlow[b] = platform;
    for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
      channel[g] = true;
      onlineLead[g] = c.onlineLeadTime();
    }
  }

  /**
   * For a steady start: returns the gross outputs {@code x} with each drop-shipping business's scaled to its offline
   * part, {@code x_b · (1 − θ_b)} for its online target share {@code θ_b} (the online share of its nominal demand at
   * the start), since its platform ships the online part; so its supply pipeline and demand signal start at what it
   * sells itself. The platform's output is unchanged: it ships the same units, part to the business and part to the
   * segments. A copy when anything changes.
   */
  double[] steadyOutput(double[] x) {
    double[] out = x;
    for (int b : sellers) {
      if (setup[b].dropShips() && onlineTarget[b] > 0) {
        out = out == x ? x.clone() : out;
        out[b] = x[b] * (1 - onlineTarget[b]);
      }
    }
    return out;
  }

  /**
   * Adds the diagnostics of drop-shipping businesses with a positive online share (docs/design.md §3, "channels"):
   * {@link Diagnostic.Code#DROP_SHIP_SHARED_DEMAND} when shared consumer data reach the business. Ids the chain
   * lacks are skipped here; the set-up refuses them.
   */
  static void diagnose(Topology t, Scenario scenario, List<Diagnostic> found) {
    ChannelPlan plan = scenario.mechanics().channels();
    for (Map.Entry<String, ChannelSetup> e : plan.businesses().entrySet()) {
      OptionalInt index = t.chain.indexOf(e.getKey());
      if (!e.getValue().dropShips() || index.isEmpty() || !online(t, plan, index.getAsInt())) {
        continue;
      }
      int b = index.getAsInt();
      String id = e.getKey();
      if (scenario.informationSharing() && t.pairStart[b] < t.pairStart[b + 1]) {
        found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.DROP_SHIP_SHARED_DEMAND, "business "
            + id + " drop-ships online orders, but shared consumer data carry its segments' whole demand: it orders "
            + "and holds stock for the online orders its platform serves", Optional.of(id)));
      }
    }
  }

  /** Returns whether a segment of business {@code b} orders online with a positive share at some tick. */
  private static boolean online(Topology t, ChannelPlan plan, int b) {
    for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
      String segment = t.chain.id(t.buyer[g]);
      if (plan.shares().getOrDefault(segment, plan.defaultShare()) > 0) {
        return true;
      }
      for (ChannelPlan.ShareChange c : plan.changes()) {
        if (c.segmentId().equals(segment) && c.share() > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static void segment(Topology t, String id) {
    int a = LeadTimes.actor(t, id, "online share");
    if (t.kind[a] != Topology.CONSUMER) {
      throw new IllegalArgumentException("online share actor must be a consumer segment but was '" + id + "' (role "
          + t.chain.role(a) + ")");
    }
  }

  /** Refuses an explicit shortage rule on a channel flow: the channels set lost or backorder per channel. */
  private static void refuseShortages(Topology t, Mechanics m, boolean[] channel) {
    // Rules on flows or actors the chain lacks are the shortage rules' own problems (Shortages), not reported again.
    for (Map.Entry<Mechanics.Link, Shortage> e : m.tradeShortage().entrySet()) {
      int g = LeadTimes.findGoodsFlow(t, e.getKey());
      if (g >= 0 && channel[g]) {
        throw new IllegalArgumentException("shortage rule of a channel trade must be unset (channels set lost sales "
            + "per channel) but was " + e.getValue() + " (" + e.getKey() + ")");
      }
    }
    for (Map.Entry<String, Shortage> e : m.buyerShortage().entrySet()) {
      OptionalInt buyer = t.chain.indexOf(e.getKey());
      if (buyer.isEmpty()) {
        continue;
      }
      int c = buyer.getAsInt();
      for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
        if (channel[t.inFlow[p]]) {
          throw new IllegalArgumentException("shortage rule of a segment buying through channels must be unset "
              + "(channels set lost sales per channel) but was " + e.getValue() + " (" + e.getKey() + ")");
        }
      }
    }
  }

  /** Sets business {@code b}'s online target share: the online share of its nominal demand. */
  private void target(int b) {
    double all = 0;
    double online = 0;
    for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
      double d = t.coefficient[g] * t.nominalDemand[t.buyer[g]];
      all += d;
      online += d * share[g];
    }
    onlineTarget[b] = all > 0 ? online / all : 0;
  }

  /** Step 1: applies the share changes due at {@code tick}. */
  void apply(int tick) {
    while (nextChange < changeTick.length && changeTick[nextChange] <= tick) {
      int c = changeSegment[nextChange];
      for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
        int g = t.inFlow[p];
        if (channel[g]) {
          share[g] = changeShare[nextChange];
          target(t.seller[g]);
        }
      }
      nextChange++;
    }
  }

  /**
   * Step 4: returns the online part of {@code x} units ordered on channel flow {@code g}: each whole unit goes online
   * with the segment's share as its probability, independently (a Binomial draw on the flow's stream: one uniform
   * per unit up to 64 units, the waiting-time method above; so the channels' demands are the thinned, independent
   * parts of a Poisson demand), and the fractional rest in proportion. Above 2^16 whole units the expected split is
   * taken (its relative error is below 1 %).
   */
  double online(int g, double x) {
    double p = share[g];
    if (p <= 0 || x <= 0) {
      return 0;
    }
    if (p >= 1) {
      return x;
    }
    double whole = Math.floor(x);
    if (whole > 1 << 16) {
      return x * p;
    }
    RandomGenerator random = stream[g];
    int n = (int) whole;
    int online = 0;
    if (n <= 64) {
      // A uniform per unit is cheaper than the logarithms of the waiting-time method for small orders.
      for (int i = 0; i < n; i++) {
        online += random.nextDouble() < p ? 1 : 0;
      }
    } else {
      online = Binomial.draw(random, n, p);
    }
    return online + (x - whole) * p;
  }

  /** Step 2: takes and returns the online deliveries due on flow {@code g} at shipping clock {@code clock}. */
  double arrive(int g, int clock) {
    return rings.take(g, clock);
  }

  /** Returns the online deliveries in transit on flow {@code g}. */
  double inTransit(int g) {
    return rings.inTransit(g);
  }

  /** Returns the units lost on flow {@code g}, both channels. */
  double lost(int g) {
    return lost[2 * g] + lost[2 * g + 1];
  }

  /** Returns the online orders of flow {@code g} forwarded to or owed by its drop-shipping platform. */
  double withPlatform(int g) {
    return forwarded[2 * g] + forwarded[2 * g + 1] + dropOwed[g];
  }

  /**
   * After the turns, before the fees: the money of drop-shipments (the segment pays the business the online price,
   * the business pays the platform the price of the platform's flow to it plus the fee) and the handling costs of
   * online shipments (the fulfiller's own cost), in flow order; clears the tick's online shipments.
   */
  void settle(Ledger ledger, RunState s, boolean measuring) {
    for (int b : sellers) {
      ChannelSetup c = setup[b];
      int platform = c.dropShips() ? t.seller[platformFlow[b]] : b;
      for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
        double x = onlineShipped[g];
        if (x == 0) {
          continue;
        }
        onlineShipped[g] = 0;
        if (c.dropShips()) {
          double pay = x * price(s, g) * c.onlinePriceFactor();
          trade(ledger, t.buyer[g], b, pay, true);
          trade(ledger, b, platform, x * price(s, platformFlow[b]), false);
          double fee = x * c.dropShipFee();
          ledger.cost[b] += fee;
          ledger.revenue[platform] += fee;
          if (ledger.trackLedger) {
            ledger.feesOut[b] += fee;
            ledger.feesIn[platform] += fee;
          }
          if (measuring) {
            metric[MF * (2 * g + 1) + M_REVENUE] += pay;
          }
        }
        double own = x * c.onlineHandlingCost();
        if (own != 0) {
          ledger.ownCost[platform] += own;
          ledger.cost[platform] += own;
          ledger.ownCostThisTick += own;
        }
      }
    }
  }

  private double price(RunState s, int g) {
    return s.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_PRICE];
  }

  /** Books a payment for goods from {@code buyer} to {@code seller}, as a seller's turn does at step 6. */
  private static void trade(Ledger ledger, int buyer, int seller, double pay, boolean toConsumer) {
    ledger.cost[buyer] += pay;
    if (ledger.trackPurchases) {
      ledger.purchases[buyer] += pay;
    }
    ledger.revenue[seller] += pay;
    if (ledger.trackSales) {
      ledger.sales[seller] += pay;
    }
    if (toConsumer && ledger.trackConsumerSales) {
      ledger.consumerSales[seller] += pay;
    }
  }

  /** Returns the metrics of business {@code b}'s channels over the measured ticks, empty without channels. */
  Map<Channel, ChannelMetrics> metrics(int b) {
    if (setup[b] == null) {
      return Map.of();
    }
    Map<Channel, ChannelMetrics> out = new EnumMap<>(Channel.class);
    for (Channel ch : Channel.values()) {
      double[] sum = new double[MF];
      for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
        for (int f = 0; f < MF; f++) {
          sum[f] += metric[MF * (2 * g + ch.ordinal()) + f];
        }
      }
      out.put(ch, new ChannelMetrics(ch, sum[M_DEMAND], sum[M_SALES], sum[M_AT_ONCE], sum[M_LOST],
          Math.max(0, sum[M_SALES] - sum[M_AT_ONCE]), sum[M_REVENUE], sum[M_LOST_VALUE]));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the units lost on each flow over the measured ticks and their value, both channels:
   * {@code [2g]} units, {@code [2g + 1]} value (zero on flows without channels).
   */
  double[] measuredLosses() {
    double[] out = new double[2 * t.m];
    for (int g = 0; g < t.m; g++) {
      for (int c = 0; c < 2; c++) {
        out[2 * g] += metric[MF * (2 * g + c) + M_LOST];
        out[2 * g + 1] += metric[MF * (2 * g + c) + M_LOST_VALUE];
      }
    }
    return out;
  }

  /** Returns the metrics of every business with channels, by id in actor order. */
  Map<String, Map<Channel, ChannelMetrics>> metrics() {
    Map<String, Map<Channel, ChannelMetrics>> out = new LinkedHashMap<>();
    for (int b = 0; b < t.n; b++) {
      if (setup[b] != null) {
        out.put(t.chain.id(b), metrics(b));
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
