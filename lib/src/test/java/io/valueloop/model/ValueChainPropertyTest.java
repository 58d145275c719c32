package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants over seeded random valid chains: actors of every role in shuffled order, goods layered
 * M -> S -> B -> C with shares that add to one, optional payments, delayed goods loops back upstream and
 * own-use self-flows, and random data and service flows.
 */
class ValueChainPropertyTest {

  private static final int CASES = 200;

  static LongStream seeds() {
    return LongStream.range(0, CASES);
  }

  /** The actors and flows of one random chain, in the order given to the builder. */
  private record RandomChain(List<Actor> actors, List<Flow> flows) {

    ValueChain.Builder builder() {
      ValueChain.Builder builder = ValueChain.builder().actors(actors);
      flows.forEach(builder::flow);
      return builder;
    }
  }

  private static RandomChain randomChain(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Actor> actors = new ArrayList<>();
    List<String> makers = addActors(random, actors, "m", Role.M, 0, 2);
    List<String> platforms = addActors(random, actors, "s", Role.S, 1, 3);
    List<String> businesses = addActors(random, actors, "b", Role.B, 1, 5);
    List<String> consumers = addActors(random, actors, "c", Role.C, 1, 4);
    List<String> providers = new ArrayList<>(platforms);
    providers.addAll(addActors(random, actors, "p", Role.P, 0, 1));
    providers.addAll(addActors(random, actors, "l", Role.L, 0, 1));
    providers.addAll(addActors(random, actors, "f", Role.F, 0, 1));
    Collections.shuffle(actors, new Random(random.nextLong()));

    List<Flow> flows = new ArrayList<>();
    Set<String> used = new HashSet<>();
    supply(random, makers, platforms, flows, used);
    supply(random, platforms, businesses, flows, used);
    supply(random, businesses, consumers, flows, used);
    for (String maker : makers) {
      if (random.nextBoolean()) {
        // Own use, as in an input-output table; delayed so that it is no algebraic loop.
        add(flows, used, new Flow(maker, maker,
            GoodsTerms.builder().price(0).leadTime(1 + random.nextInt(3)).orderDelay(0).build().withInputCoefficient(0.1).withInput("own")));
      }
    }
    for (String business : businesses) {
      if (random.nextInt(4) == 0) {
        // Returns flowing back to a platform close a goods loop, with a positive delay.
        String platform = platforms.get(random.nextInt(platforms.size()));
        add(flows, used, new Flow(business, platform,
            GoodsTerms.builder().price(1).leadTime(0).orderDelay(1).build().withInput("returns from " + business)));
      }
    }
    List<String> ids = actors.stream().map(Actor::id).toList();
    int dataFlows = random.nextInt(ids.size() + 1);
    for (int i = 0; i < dataFlows; i++) {
      String from = ids.get(random.nextInt(ids.size()));
      String to = ids.get(random.nextInt(ids.size()));
      if (!from.equals(to)) {
        add(flows, used, new Flow(from, to, DataTerms.of(random.nextInt(4))));
      }
    }
    for (String provider : providers) {
      for (String served : businesses) {
        if (random.nextInt(3) == 0) {
          ServiceTerms terms = random.nextBoolean() ? ServiceTerms.fee(random.nextInt(20))
              : ServiceTerms.takeRate(random.nextDouble(), FeeBase.values()[random.nextInt(FeeBase.values().length)]);
          add(flows, used, new Flow(provider, served, terms));
        }
      }
    }
    Collections.shuffle(flows, new Random(random.nextLong()));
    return new RandomChain(actors, flows);
  }

  private static List<String> addActors(SplittableRandom random, List<Actor> actors, String prefix, Role role,
      int min, int max) {
    int count = random.nextInt(min, max + 1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(prefix + i);
      actors.add(Actor.builder().id(prefix + i).role(role)
          .capacity(random.nextBoolean() ? 50 : Double.POSITIVE_INFINITY)
          .unitCost(random.nextInt(5))
          .demand(role == Role.C ? random.nextInt(1, 10) : 0)
          .build());
    }
    return ids;
  }

  /** Gives each buyer a random non-empty set of the sellers with shares adding to one, each with a payment or not. */
  private static void supply(SplittableRandom random, List<String> sellers, List<String> buyers, List<Flow> flows,
      Set<String> used) {
    if (sellers.isEmpty()) {
      return;
    }
    for (String buyer : buyers) {
      List<String> chosen = new ArrayList<>();
      for (String seller : sellers) {
        if (random.nextInt(3) > 0) {
          chosen.add(seller);
        }
      }
      if (chosen.isEmpty()) {
        chosen.add(sellers.get(random.nextInt(sellers.size())));
      }
      int[] weights = random.ints(chosen.size(), 1, 10).toArray();
      double total = 0;
      for (int weight : weights) {
        total += weight;
      }
      for (int i = 0; i < chosen.size(); i++) {
        GoodsTerms terms = GoodsTerms.builder().price(1 + random.nextInt(20)).leadTime(random.nextInt(3)).orderDelay(random.nextInt(2)).build()
            .withShare(weights[i] / total)
            .withInputCoefficient(random.nextInt(1, 4));
        add(flows, used, new Flow(chosen.get(i), buyer, terms));
        if (random.nextInt(10) < 7) {
          add(flows, used, new Flow(buyer, chosen.get(i), MoneyTerms.PAYMENT));
        }
      }
    }
  }

  private static void add(List<Flow> flows, Set<String> used, Flow flow) {
    if (used.add(flow.toString())) {
      flows.add(flow);
    }
  }

  @Test
  void randomChains_coverEveryKindRoleAndLoop() {
    Map<FlowKind, Integer> kinds = new EnumMap<>(FlowKind.class);
    Set<Role> roles = new HashSet<>();
    int selfFlows = 0;
    int returns = 0;
    int flows = 0;
    for (long seed : seeds().toArray()) {
      RandomChain random = randomChain(seed);
      random.actors().forEach(actor -> roles.add(actor.role()));
      for (Flow flow : random.flows()) {
        kinds.merge(flow.kind(), 1, Integer::sum);
        selfFlows += flow.source().equals(flow.target()) ? 1 : 0;
        returns += flow.terms() instanceof GoodsTerms g && g.input().startsWith("returns") ? 1 : 0;
      }
      flows += random.flows().size();
    }

    // Guards the generator: the properties below are only as strong as the chains they run on.
    assertThat(roles).containsExactlyInAnyOrder(Role.values());
    assertThat(kinds.keySet()).containsExactlyInAnyOrder(FlowKind.values());
    assertThat(selfFlows).isPositive();
    assertThat(returns).isPositive();
    assertThat(flows).isGreaterThan(CASES * 10);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void build_acceptsRandomValidChain(long seed) {
    RandomChain random = randomChain(seed);

    ValueChain chain = random.builder().build();

    assertThat(chain.actors()).containsExactlyElementsOf(random.actors());
    assertThat(chain.flows()).containsExactlyElementsOf(random.flows());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void adjacency_agreesWithSourceAndTargetOfEveryFlow(long seed) {
    ValueChain chain = randomChain(seed).builder().build();
    int n = chain.actorCount();
    int[] outCount = new int[n];
    int[] inCount = new int[n];

    for (int f = 0; f < chain.flowCount(); f++) {
      assertThat(chain.outgoing(chain.source(f))).as("outgoing of the source of flow %d", f).contains(f);
      assertThat(chain.incoming(chain.target(f))).as("incoming of the target of flow %d", f).contains(f);
      outCount[chain.source(f)]++;
      inCount[chain.target(f)]++;
      Flow flow = chain.flow(f);
      assertThat(chain.indexOf(flow.source())).hasValue(chain.source(f));
      assertThat(chain.indexOf(flow.target())).hasValue(chain.target(f));
      assertThat(chain.flow(flow.source(), flow.target(), chain.kind(f))).contains(flow);
    }
    for (int a = 0; a < n; a++) {
      int[] out = chain.outgoing(a);
      int[] in = chain.incoming(a);
      assertThat(out).as("outgoing(%d)", a).hasSize(outCount[a]).isSorted();
      assertThat(in).as("incoming(%d)", a).hasSize(inCount[a]).isSorted();
      assertThat(chain.outDegree(a)).isEqualTo(outCount[a]);
      assertThat(chain.inDegree(a)).isEqualTo(inCount[a]);
      for (int f : out) {
        assertThat(chain.source(f)).isEqualTo(a);
      }
      for (int f : in) {
        assertThat(chain.target(f)).isEqualTo(a);
      }
      assertThat(chain.indexOf(chain.actor(a).id())).hasValue(a);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void graphs_agreeWithTheFlowsOfEachKind(long seed) {
    ValueChain chain = randomChain(seed).builder().build();
    Map<FlowKind, Integer> counted = new EnumMap<>(FlowKind.class);
    for (int f = 0; f < chain.flowCount(); f++) {
      counted.merge(chain.kind(f), 1, Integer::sum);
    }

    assertThat(chain.graph().vertexSet()).hasSize(chain.actorCount());
    assertThat(chain.graph().edgeSet()).hasSize(chain.flowCount());
    for (FlowKind kind : FlowKind.values()) {
      Graph<String, Flow> graph = chain.graph(kind);
      int expected = counted.getOrDefault(kind, 0);
      assertThat(chain.flows(kind)).as("flows(%s)", kind).hasSize(expected);
      assertThat(graph.edgeSet()).as("graph(%s)", kind).hasSize(expected)
          .containsExactlyInAnyOrderElementsOf(chain.flows(kind));
      assertThat(graph.vertexSet()).hasSize(chain.actorCount());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void equals_chainsBuiltTwiceFromTheSameSeed(long seed) {
    ValueChain first = randomChain(seed).builder().build();
    ValueChain second = randomChain(seed).builder().build();

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(randomChain(seed + CASES).builder().build()).isNotEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void build_reportsANegativePriceInjectedAnywhere(long seed) {
    RandomChain random = randomChain(seed);
    List<Flow> flows = new ArrayList<>(random.flows());
    List<Integer> goods = new ArrayList<>();
    for (int f = 0; f < flows.size(); f++) {
      if (flows.get(f).terms() instanceof GoodsTerms) {
        goods.add(f);
      }
    }
    int victim = goods.get(new SplittableRandom(~seed).nextInt(goods.size()));
    Flow bad = flows.get(victim);
    flows.set(victim, new Flow(bad.source(), bad.target(), ((GoodsTerms) bad.terms()).withPrice(-1)));

    assertThat(ModelFixtures.problemsOf(new RandomChain(random.actors(), flows).builder()))
        .containsExactly("price must be finite and non-negative but was -1.0 (" + bad + ")");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void build_reportsARepeatedFlowInjectedAnywhere(long seed) {
    RandomChain random = randomChain(seed);
    List<Flow> flows = new ArrayList<>(random.flows());
    SplittableRandom pick = new SplittableRandom(~seed);
    Flow repeated = flows.get(pick.nextInt(flows.size()));
    flows.add(pick.nextInt(flows.size() + 1), repeated);

    assertThat(ModelFixtures.problemsOf(new RandomChain(random.actors(), flows).builder()))
        .contains(repeated.kind() + " flow must be unique between two actors but was repeated (" + repeated + ")");
  }
}
