package io.valueloop.testing;

import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.Flow;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.ActorView;
import io.valueloop.sim.ChannelPlan;
import io.valueloop.sim.ChannelSetup;
import io.valueloop.sim.Event;
import io.valueloop.sim.Fault;
import io.valueloop.sim.OrderRule;
import io.valueloop.sim.OrderingPolicy;
import io.valueloop.sim.RandomLeadTime;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Shortage;
import io.valueloop.sim.SourcingRule;
import io.valueloop.sim.Switching;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random chains and scenarios for property tests: consumers, businesses, platforms and manufacturers, with
 * shared inputs split by shares, assemblers with several inputs, goods cycles and self-flows, unpaid transfers,
 * finite capacities, fees of every base, data paths, random policies and random events.
 */
public final class RandomScenarios {
  private RandomScenarios() {}

  /** The goods pairs of the chain being built, so that no pair gets two flows. */
  private static final ThreadLocal<Set<String>> PAIRS = ThreadLocal.withInitial(HashSet::new);

  /** Returns a random valid chain drawn from {@code r}. */
  public static ValueChain chain(SplittableRandom r) {
    PAIRS.get().clear();
    ValueChain.Builder b = ValueChain.builder();
    int consumers = 1 + r.nextInt(4);
    int businesses = 1 + r.nextInt(4);
    int platforms = 1 + r.nextInt(3);
    int makers = r.nextInt(4);
    for (int i = 0; i < consumers; i++) {
      b.actor(Actor.builder().id("c" + i).role(Role.C).demand(r.nextInt(4) == 0 ? 0 : 20 * r.nextDouble()).build());
    }
    for (int i = 0; i < businesses; i++) {
      b.actor(actor(r, "b" + i, Role.B));
    }
    for (int i = 0; i < platforms; i++) {
      b.actor(actor(r, "s" + i, Role.S));
    }
    for (int i = 0; i < makers; i++) {
      b.actor(actor(r, "m" + i, Role.M));
    }
    for (int i = 0; i < consumers; i++) {
      supply(r, b, "c" + i, "b", businesses, "");
    }
    for (int i = 0; i < businesses; i++) {
      supply(r, b, "b" + i, "s", platforms, "");
      if (makers > 0 && r.nextInt(3) == 0) {
        trade(r, b, "m" + r.nextInt(makers), "b" + i, terms(r, false).withInput("parts")
            .withInputCoefficient(0.5 + 1.5 * r.nextDouble()));
      }
    }
    for (int i = 0; i < platforms && makers > 0; i++) {
      if (r.nextBoolean()) {
        supply(r, b, "s" + i, "m", makers, "");
      }
    }
    for (int i = 1; i < makers; i++) {
      if (r.nextBoolean()) {
        // An assembler: a second input from a lower maker.
        // Order delay at least 1: with the loop below, flows between makers may close a goods cycle.
        trade(r, b, "m" + r.nextInt(i), "m" + i, terms(r, true).withInput("x" + i)
            .withInputCoefficient(0.5 + r.nextDouble()));
      }
    }
    if (makers >= 2 && r.nextInt(3) == 0) {
      // A goods cycle between the last two makers, productive and with positive order delays.
      int x = makers - 1;
      int y = makers - 2;
      trade(r, b, "m" + x, "m" + y, terms(r, true).withInput("loop" + x).withInputCoefficient(0.2 * r.nextDouble()));
      trade(r, b, "m" + y, "m" + x, terms(r, true).withInput("loop" + y).withInputCoefficient(0.2 * r.nextDouble()));
    }
    if (makers >= 1 && r.nextInt(4) == 0) {
      b.goods("m0", "m0", terms(r, true).withInput("own").withInputCoefficient(0.3 * r.nextDouble()));
    }
    if (r.nextBoolean()) {
      b.actor("p", Role.P);
      for (int i = 0; i < businesses; i++) {
        if (r.nextBoolean()) {
          b.service("p", "b" + i, new ServiceTerms(r.nextDouble(), 0.2 * r.nextDouble(), FeeBase.CONSUMER_REVENUE));
        }
      }
    }
    if (r.nextBoolean()) {
      b.actor("l", Role.L);
      b.service("l", "s0", ServiceTerms.takeRate(0.1 * r.nextDouble(), FeeBase.PURCHASES));
      b.service("l", "c0", new ServiceTerms(r.nextDouble(), 0.05, FeeBase.PURCHASES));
    }
    if (r.nextBoolean()) {
      b.actor("f", Role.F);
      b.service("f", "b0", ServiceTerms.takeRate(0.1 * r.nextDouble(), FeeBase.REVENUE));
    }
    for (int i = 0; i < consumers; i++) {
      if (r.nextBoolean()) {
        b.data("c" + i, "s" + r.nextInt(platforms), r.nextInt(4));
      }
      if (r.nextInt(3) == 0) {
        b.data("c" + i, "b" + r.nextInt(businesses), r.nextInt(3));
      }
    }
    if (r.nextInt(3) == 0 && makers > 0) {
      b.data("s0", "m0", r.nextInt(3));
    }
    return b.build();
  }

  private static Actor actor(SplittableRandom r, String id, Role role) {
    return Actor.builder().id(id).role(role)
        .capacity(r.nextInt(4) == 0 ? 5 + 40 * r.nextDouble() : Double.POSITIVE_INFINITY)
        .initialInventory(r.nextInt(3) == 0 ? 0 : 40 * r.nextDouble())
        .unitCost(r.nextDouble())
        .holdingCost(0.5 * r.nextDouble())
        .backlogCost(r.nextDouble())
        .build();
  }

  private static GoodsTerms terms(SplittableRandom r, boolean inCycle) {
    return GoodsTerms.builder().price(5 * r.nextDouble()).leadTime(1 + r.nextInt(3)).orderDelay((inCycle ? 1 : 0) + r.nextInt(3)).build()
        .withCapacity(r.nextInt(5) == 0 ? 3 + 30 * r.nextDouble() : Double.POSITIVE_INFINITY);
  }

  /** Supplies one input of {@code buyer} from one or two of {@code count} sellers named {@code prefix + i}. */
  private static void supply(SplittableRandom r, ValueChain.Builder b, String buyer, String prefix, int count,
      String input) {
    int first = r.nextInt(count);
    if (count > 1 && r.nextBoolean()) {
      int second = (first + 1 + r.nextInt(count - 1)) % count;
      double share = 0.1 + 0.8 * r.nextDouble();
      trade(r, b, prefix + first, buyer, terms(r, false).withShare(share).withInput(input));
      trade(r, b, prefix + second, buyer, terms(r, false).withShare(1 - share).withInput(input));
    } else {
      trade(r, b, prefix + first, buyer, terms(r, false).withInput(input));
    }
  }

  private static void trade(SplittableRandom r, ValueChain.Builder b, String seller, String buyer, GoodsTerms t) {
    if (!PAIRS.get().add(seller + "->" + buyer)) {
      return;
    }
    if (r.nextInt(10) == 0) {
      b.goods(seller, buyer, t);
    } else {
      b.trade(seller, buyer, t);
    }
  }

  /** A random policy; rules with randomness get their own generator, seeded from the policy's draw. */
  public static OrderingPolicy policy(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0: {
        double target = 60 * r.nextDouble();
        return OrderingPolicy.of(v -> target - v.inventoryPosition());
      }
      case 1: {
        long seed = r.nextLong();
        return view -> {
          SplittableRandom own = new SplittableRandom(seed ^ view.id().hashCode());
          return v -> -5 + 25 * own.nextDouble();
        };
      }
      case 2:
        return Scenario.DEFAULT_POLICY;
      default:
        return view -> new MovingAverageOrderUpTo(3);
    }
  }

  /** A test-only order-up-to rule with a moving-average forecast: {@code q = (L + 1) · mean - position}. */
  public static final class MovingAverageOrderUpTo implements OrderRule {
    private final double[] window;
    private int seen;
    private double sum;

    /** Creates the rule with a moving average over {@code p} ticks. */
    public MovingAverageOrderUpTo(int p) {
      window = new double[p];
    }

    @Override
    public double order(ActorView v) {
      int slot = seen % window.length;
      sum += v.demandSignal() - window[slot];
      window[slot] = v.demandSignal();
      seen++;
      double mean = sum / Math.min(seen, window.length);
      return (v.leadTime() + 1) * mean - v.inventoryPosition();
    }
  }

  /** Returns a random scenario for a chain: length, warm-up, seed, policies, demand and events drawn from {@code r}. */
  public static Scenario scenario(SplittableRandom r, ValueChain chain) {
    int ticks = 5 + r.nextInt(40);
    Scenario.Builder s = Scenario.builder(ticks)
        .warmUp(r.nextInt(ticks))
        .seed(r.nextLong())
        .replication(r.nextInt(3))
        .negativeOrders(r.nextInt(4) == 0)
        .steadyStart(r.nextInt(3) == 0)
        .informationSharing(r.nextBoolean())
        .productionLeadTime(1 + r.nextInt(3))
        .policy(policy(r))
        .conservationCheck(true);
    if (r.nextBoolean()) {
      s.policy(Role.B, policy(r));
    }
    List<Flow> goods = chain.flows(FlowKind.GOODS);
    Set<String> trading = new LinkedHashSet<>();
    for (Flow f : goods) {
      trading.add(f.source());
      trading.add(f.target());
    }
    List<String> ordering = new ArrayList<>();
    List<String> segments = new ArrayList<>();
    for (Actor a : chain.actors()) {
      if (a.role() == Role.C) {
        segments.add(a.id());
      } else if (trading.contains(a.id())) {
        ordering.add(a.id());
      }
    }
    for (String id : ordering) {
      if (r.nextInt(3) == 0) {
        s.policy(id, policy(r));
      }
    }
    if (r.nextBoolean()) {
      double high = 30 * r.nextDouble();
      s.demand(random -> tick -> high * random.nextDouble());
    }
    if (r.nextBoolean()) {
      s.demand(segments.get(0), random -> tick -> tick < 5 ? 4 : 8);
    }
    int events = r.nextInt(7);
    for (int e = 0; e < events; e++) {
      int from = r.nextInt(ticks + 2);
      int to = from + 1 + r.nextInt(6);
      Flow flow = goods.get(r.nextInt(goods.size()));
      String actor = ordering.get(r.nextInt(ordering.size()));
      switch (r.nextInt(6)) {
        case 0:
          s.event(Event.actorOutage(actor, from, to));
          break;
        case 1:
          s.event(Event.linkOutage(flow.source(), flow.target(), from, to));
          break;
        case 2:
          s.event(Event.capacityShock(actor, from, to, 2 * r.nextDouble()));
          break;
        case 3:
          s.event(Event.demandShock(segments.get(r.nextInt(segments.size())), from, to, 3 * r.nextDouble()));
          break;
        case 4:
          s.event(Event.priceChange(flow.source(), flow.target(), from, 6 * r.nextDouble()));
          break;
        default:
          s.event(Event.policyChange(actor, from, policy(r)));
          break;
      }
    }
    for (Series series : Series.values()) {
      if (r.nextInt(4) == 0) {
        s.recordAll(series);
      }
    }
    return s.build();
  }

  /**
   * Adds random issue-11 mechanics to a scenario: shortage rules (lost sales, patience) unless orders may be
   * negative, actor and link faults (some destroying stock), random lead times and a sourcing rule.
   *
   * @param r the random source, apart from the one that drew the chain and scenario
   * @param chain the chain
   * @param scenario the scenario
   * @return the scenario with mechanics
   */
  public static Scenario withMechanics(SplittableRandom r, ValueChain chain, Scenario scenario) {
    Scenario.Builder s = scenario.toBuilder();
    List<Flow> goods = chain.flows(FlowKind.GOODS);
    List<String> trading = new ArrayList<>();
    Set<String> ruled = new HashSet<>();
    for (Flow f : goods) {
      if (!trading.contains(f.source())) {
        trading.add(f.source());
      }
    }
    if (!scenario.negativeOrders()) {
      int k = r.nextInt(3);
      s.shortage(k == 0 ? Shortage.lost() : k == 1 ? Shortage.patience(1 + r.nextInt(4)) : Shortage.backorder());
      for (int i = r.nextInt(3); i > 0; i--) {
        Flow f = goods.get(r.nextInt(goods.size()));
        s.shortage(f.source(), f.target(), r.nextBoolean() ? Shortage.lost() : Shortage.patience(r.nextInt(3)));
        ruled.add(f.source());
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      Fault.Duration up = r.nextBoolean() ? Fault.Duration.geometric(0.05 + 0.5 * r.nextDouble())
          : Fault.Duration.fixed(1 + r.nextInt(6));
      Fault.Duration down = r.nextBoolean() ? Fault.Duration.geometric(0.1 + 0.9 * r.nextDouble())
          : Fault.Duration.fixed(1 + r.nextInt(4));
      if (r.nextBoolean()) {
        Fault f = Fault.actor(trading.get(r.nextInt(trading.size())), up, down);
        s.fault(scenario.negativeOrders() || r.nextBoolean() ? f : f.destroying(r.nextDouble()));
      } else {
        Flow f = goods.get(r.nextInt(goods.size()));
        s.fault(Fault.link(f.source(), f.target(), up, down));
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      Flow f = goods.get(r.nextInt(goods.size()));
      s.leadTime(f.source(), f.target(), RandomLeadTime.uniform(1, 1 + r.nextInt(5)));
    }
    if (r.nextBoolean()) {
      SourcingRule rule = SourcingRule.values()[r.nextInt(SourcingRule.values().length)];
      s.sourcing(rule);
      if (rule == SourcingRule.PRIMARY_BACKUP && r.nextBoolean()) {
        for (Flow f : goods) {
          if (chain.actor(f.target()).orElseThrow().role() != Role.C) {
            s.switching(f.target(), Switching.of(r.nextDouble(), 1 + r.nextInt(5), r.nextInt(6)));
          }
        }
      }
    }
    if (!scenario.negativeOrders() && r.nextBoolean()) {
      s.channels(channels(r, chain, goods, ruled));
    }
    return s.build();
  }

  /**
   * Random channels: each business with suppliers that sells only to consumer segments (and has no trade shortage
   * rule) may sell offline and online, ship-from-store or drop-shipped by one of its suppliers with stock, its stock
   * integrated or separate; random online shares and share changes.
   */
  private static ChannelPlan channels(SplittableRandom r, ValueChain chain, List<Flow> goods, Set<String> ruled) {
    ChannelPlan.Builder plan = ChannelPlan.builder().onlineShare(r.nextDouble());
    Set<String> platforms = new HashSet<>();
    Set<String> sellers = new HashSet<>();
    for (Actor a : chain.actors()) {
      List<Flow> in = goods.stream().filter(f -> f.target().equals(a.id())).toList();
      List<Flow> out = goods.stream().filter(f -> f.source().equals(a.id())).toList();
      boolean toConsumers = !out.isEmpty()
          && out.stream().allMatch(f -> chain.actor(f.target()).orElseThrow().role() == Role.C);
      if (in.isEmpty() || !toConsumers || ruled.contains(a.id()) || platforms.contains(a.id()) || r.nextBoolean()) {
        continue;
      }
      ChannelSetup setup = ChannelSetup.shipFromStore(1 + r.nextInt(4));
      String supplier = in.get(r.nextInt(in.size())).source();
      if (r.nextBoolean() && !sellers.contains(supplier)) {
        setup = ChannelSetup.dropShip(supplier, r.nextDouble(), 1 + r.nextInt(4));
        platforms.add(supplier);
      }
      setup = setup.withIntegrated(r.nextBoolean()).withLostSales(r.nextBoolean(), r.nextBoolean())
          .withOnlineTerms(0.5 + r.nextDouble(), r.nextDouble());
      plan.business(a.id(), setup);
      sellers.add(a.id());
      for (Flow f : out) {
        plan.onlineShare(f.target(), r.nextDouble());
        if (r.nextBoolean()) {
          plan.shareChange(r.nextInt(40), f.target(), r.nextDouble());
        }
      }
    }
    return plan.build();
  }
}
