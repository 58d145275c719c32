package io.valueloop.analysis;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.model.Actor;
import io.valueloop.model.Flow;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Where the goods network limits how much consumers can be served: the maximum flow from producers to consumer
 * segments and a minimum cut that bounds it.
 *
 * <p><b>Problem.</b> Build a flow network: a super-source {@code σ} with an arc to every producer, an actor that
 * ships goods to another and receives none from outside its goods component, where the components (strongly
 * connected, from the {@link CompiledChain}) that receive no goods from another are the sources of the goods
 * network's condensation (so two manufacturers supplying each other, and nobody them, are both producers); every
 * goods flow {@code i→j} between two actors
 * as an arc of capacity {@link GoodsTerms#capacity()}; every actor that is not a consumer split into an in-copy
 * and an out-copy joined by an arc of capacity {@link Actor#capacity()}, so that a binding actor capacity shows
 * in a cut as the actor itself; and an arc of capacity {@code d_c} from every consumer segment {@code c} (role C)
 * to a super-sink {@code τ}. Find the maximum {@code σ–τ} flow {@code F} and a minimum cut. By max-flow/min-cut
 * duality {@code F} is the capacity of the cut, and {@code F / D}, {@code D = Σ d_c}, is the largest fraction of
 * consumer demand the network can carry. Goods are one conserved commodity here: sourcing shares, input
 * coefficients and multi-input assembly are ignored, which makes {@code F} an upper bound on what any sourcing
 * can deliver. Consumers' demand caps the sink arcs so that {@code F ≤ D} and the cut names what binds first;
 * their own capacity is not a limit, since they ship nothing. Goods self-flows are left out.
 *
 * <p><b>Unlimited capacities.</b> An infinite capacity (the default) becomes {@code 2D + 1}: since
 * {@code F ≤ D}, no cut through such an arc can be minimum, so it never binds, and the solver sees only finite
 * numbers. All capacities are divided by {@code D} before solving (and the flow multiplied back), so the
 * solver's absolute tolerance of 1e-9 is relative to total demand.
 *
 * <p><b>Which cut.</b> A network can have several minimum cuts. The one reported is the source side reachable
 * in the residual network, the cut closest to the producers: of two equal bottlenecks in a line, the upstream
 * one is named. Its arcs are reported as goods flows ({@link #cutFlows()}), actors ({@link #cutActors()}) and
 * consumer segments whose own demand is part of the cut ({@link #cutConsumers()}: supply could reach them
 * beyond their demand). When the network can serve all demand, the cut is exactly the consumers with demand.
 *
 * <p><b>Complexity.</b> The network has {@code 2V + 2} vertices and at most {@code 2V + E} arcs; the
 * push-relabel algorithm of Goldberg and Tarjan (JGraphT {@link PushRelabelMFImpl}) runs in O(V³).
 *
 * <p>Reference: A. V. Goldberg, R. E. Tarjan, "A new approach to the maximum-flow problem", Journal of the ACM
 * 35(4), 1988; L. R. Ford, D. R. Fulkerson, "Maximal flow through a network", Canadian Journal of Mathematics 8,
 * 1956.
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations are compile-time only (requires static): users need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Bottlenecks {

  Bottlenecks() {}

  /**
   * Runs the analysis on a chain.
   *
   * @param chain the chain
   * @return the maximum flow and a minimum cut; with no consumer demand, a flow of 0 and an empty cut
   */
  public static Bottlenecks of(ValueChain chain) {
    return of(CompiledChain.compile(Objects.requireNonNull(chain, "chain")));
  }

  /**
   * Runs the analysis on a compiled chain, for callers that compile once for several analyses.
   *
   * @param compiled the compiled chain
   * @return the maximum flow and a minimum cut; with no consumer demand, a flow of 0 and an empty cut
   */
  public static Bottlenecks of(CompiledChain compiled) {
    Objects.requireNonNull(compiled, "compiled");
    ValueChain chain = compiled.chain();
    double demand = ChainGraphs.consumerDemand(chain);
    ImmutableBottlenecks.Builder result = ImmutableBottlenecks.builder().totalDemand(demand);
    if (demand == 0) {
      return result.maxFlow(0).build();
    }
    int n = chain.actorCount();
    int source = 2 * n;
    int sink = 2 * n + 1;
    double unlimited = 2 * demand + 1;
    Graph<Integer, Arc> network = GraphTypeBuilder.<Integer, Arc>directed()
        .allowingMultipleEdges(false)
        .allowingSelfLoops(false)
        .weighted(true)
        .buildGraph();
    for (int v = 0; v <= sink; v++) {
      network.addVertex(v);
    }
    boolean[] producers = producers(compiled);
    for (int a = 0; a < n; a++) {
      Actor actor = chain.actor(a);
      if (actor.role() == Role.C) {
        add(network, a, sink, new Arc(Part.DEMAND, a), actor.demand() / demand);
      } else {
        add(network, a, n + a, new Arc(Part.ACTOR, a), scaled(actor.capacity(), demand, unlimited));
        if (producers[compiled.compiledIndex(a)]) {
          add(network, source, a, new Arc(Part.SUPPLY, a), unlimited / demand);
        }
      }
    }
    FlowTable goods = compiled.goods();
    for (int g = 0; g < goods.count(); g++) {
      if (goods.source(g) != goods.target(g)) {
        add(network, n + compiled.chainIndex(goods.source(g)), compiled.chainIndex(goods.target(g)),
            new Arc(Part.FLOW, goods.chainFlow(g)), scaled(compiled.goodsTerms(g).capacity(), demand, unlimited));
      }
    }
    PushRelabelMFImpl<Integer, Arc> solver = new PushRelabelMFImpl<>(network);
    double flow = solver.calculateMinCut(source, sink) * demand;
    TreeSet<Integer> flows = new TreeSet<>();
    TreeSet<Integer> actors = new TreeSet<>();
    TreeSet<Integer> consumers = new TreeSet<>();
    for (Arc arc : solver.getCutEdges()) {
      // Supply arcs are bounded above any minimum cut, so they never appear here.
      if (arc.part == Part.FLOW) {
        flows.add(arc.index);
      } else if (arc.part == Part.ACTOR) {
        actors.add(arc.index);
      } else if (arc.part == Part.DEMAND) {
        consumers.add(arc.index);
      }
    }
    flows.forEach(f -> result.addCutFlows(chain.flow(f)));
    actors.forEach(a -> result.addCutActors(chain.actor(a).id()));
    consumers.forEach(c -> result.addCutConsumers(chain.actor(c).id()));
    return result.maxFlow(Math.min(flow, demand)).build();
  }

  /**
   * Returns, per compiled actor, whether the super-source feeds it: it is not a consumer segment, ships goods to
   * another actor, and lies in a source component of the goods condensation (no member receives goods from
   * outside the component). So the actors of a goods loop that nothing upstream supplies are producers too.
   */
  static boolean[] producers(CompiledChain compiled) {
    Adjacency out = compiled.goods().out();
    Adjacency in = compiled.goods().in();
    boolean[] producers = new boolean[compiled.actorCount()];
    for (int c = 0; c < compiled.componentCount(); c++) {
      int start = compiled.componentStart(c);
      int end = compiled.componentEnd(c);
      boolean fed = false;
      for (int a = start; a < end && !fed; a++) {
        for (int p = in.start(a); p < in.end(a) && !fed; p++) {
          fed = in.neighbor(p) < start || in.neighbor(p) >= end;
        }
      }
      for (int a = start; a < end && !fed; a++) {
        boolean ships = false;
        for (int p = out.start(a); p < out.end(a) && !ships; p++) {
          ships = out.neighbor(p) != a;
        }
        producers[a] = ships && compiled.role(a) != Role.C;
      }
    }
    return producers;
  }

  private static double scaled(double capacity, double demand, double unlimited) {
    return Math.min(capacity, unlimited) / demand;
  }

  private static void add(Graph<Integer, Arc> network, int from, int to, Arc arc, double capacity) {
    network.addEdge(from, to, arc);
    network.setEdgeWeight(arc, capacity);
  }

  /**
   * {@return the maximum flow from producers to consumer segments, in units per tick; at most
   * {@link #totalDemand()}}
   */
  public abstract double maxFlow();

  /** {@return the total final demand of the consumer segments (role C), in units per tick} */
  public abstract double totalDemand();

  /**
   * {@return {@link #maxFlow()} as a fraction of {@link #totalDemand()}, in [0, 1]; 1 when there is no demand
   * (nothing to serve, nothing unserved)}
   */
  @Value.Derived
  public double servedFraction() {
    return totalDemand() > 0 ? maxFlow() / totalDemand() : 1.0;
  }

  /** {@return the goods flows in the minimum cut (saturated flow capacities), in flow index order} */
  public abstract List<Flow> cutFlows();

  /** {@return the ids of the actors whose own capacity is in the minimum cut, in actor index order} */
  public abstract List<String> cutActors();

  /**
   * {@return the ids of the consumer segments whose demand is in the minimum cut, in actor index order: their
   * demand, not the network, limits what reaches them}
   */
  public abstract List<String> cutConsumers();

  /** What an arc of the flow network stands for; its index is an actor's, or a flow's for {@link #FLOW}. */
  private enum Part {
    SUPPLY, ACTOR, FLOW, DEMAND
  }

  /** An arc of the flow network, telling what part of the chain it stands for. */
  private static final class Arc extends DefaultWeightedEdge {
    private static final long serialVersionUID = 1L;

    private final Part part;
    private final int index;

    Arc(Part part, int index) {
      this.part = part;
      this.index = index;
    }
  }
}
