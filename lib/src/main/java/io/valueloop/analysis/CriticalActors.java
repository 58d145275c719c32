package io.valueloop.analysis;

import io.valueloop.model.FlowKind;
import io.valueloop.model.ValueChain;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.AsUndirectedGraph;

/**
 * The actors a value chain cannot do without: the articulation points of its goods network, and each actor's
 * share of consumer-facing throughput.
 *
 * <p><b>Articulation points.</b> Take the goods network as an undirected graph {@code G} (actors as vertices, a
 * goods flow between two actors as an edge, self-flows left out). An actor {@code v} is an articulation point
 * (cut vertex) when removing it leaves more connected components than {@code G} has: some of the others can
 * then no longer trade goods with each other, whichever way round. Found by the depth-first search of Hopcroft
 * and Tarjan, JGraphT {@link BiconnectivityInspector}, in O(V + E).
 *
 * <p><b>Throughput.</b> Consumer purchases are traced upstream through goods flows by their sourcing shares:
 * each input of a buyer carries the buyer's full stream of units, split among its suppliers by share, and input
 * coefficients are ignored because the question is which consumer purchases depend on an actor. So
 * {@code t_i = d_i [i ∈ C] + Σ_{goods i→j} s_ij t_j}; a consumer segment's throughput is its own demand. The
 * throughput share is {@code t_i / D} with {@code D = Σ_{c ∈ C} d_c}: when every buyer has one input it is the
 * fraction of consumer units whose supply passes through {@code i}, in [0, 1]; an actor feeding the same
 * purchase along several inputs of a buyer counts it once per input, so its share may then exceed one. With no
 * consumer demand ({@code D = 0}) every share is 0. On an acyclic goods network the tracing is one pass in
 * reverse topological order, O(V + E). Around a goods loop it is solved iteratively to
 * {@link io.valueloop.model.Tolerance#EPSILON}, counting a unit each time it passes an actor, and a loop that
 * keeps the whole stream it receives has no finite answer: {@link #of(ValueChain)} then throws. An actor's own
 * use (a goods self-flow) does not count as passing again: the input's other suppliers carry all of it.
 *
 * <p>Reference: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6), 1973.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriticalActors {

  CriticalActors() {}

  /**
   * Runs the analysis on a chain.
   *
   * @param chain the chain
   * @return the articulation points and throughput of every actor
   * @throws IllegalArgumentException if the throughput tracing does not converge around a goods loop
   */
  public static CriticalActors of(ValueChain chain) {
    Objects.requireNonNull(chain, "chain");
    Set<Integer> cutpoints = new TreeSet<>(new BiconnectivityInspector<>(
        new AsUndirectedGraph<>(ChainGraphs.directed(chain, EnumSet.of(FlowKind.GOODS), false)))
        .getCutpoints());
    double[] traced = ThroughputTrace.throughput(chain, GoodsOrder.of(chain));
    double demand = ChainGraphs.consumerDemand(chain);
    ImmutableCriticalActors.Builder result = ImmutableCriticalActors.builder().totalDemand(demand);
    for (int actor : cutpoints) {
      result.addArticulationPoints(chain.actor(actor).id());
    }
    for (int a = 0; a < chain.actorCount(); a++) {
      String id = chain.actor(a).id();
      result.putThroughput(id, traced[a]);
      result.putThroughputShare(id, demand > 0 ? traced[a] / demand : 0.0);
    }
    return result.build();
  }

  /**
   * Returns the ids of the articulation points of the goods network taken as undirected, in actor index order.
   */
  public abstract List<String> articulationPoints();

  /**
   * Returns each actor's traced throughput: the consumer units per tick whose supply passes through it, by
   * actor id in actor index order. Every actor of the chain is a key.
   */
  public abstract Map<String, Double> throughput();

  /**
   * Returns each actor's throughput as a fraction of {@link #totalDemand()} (0 for all when that is 0), by
   * actor id in actor index order. Every actor of the chain is a key.
   */
  public abstract Map<String, Double> throughputShare();

  /** Returns the total final demand of the consumer segments (role C), in units per tick. */
  public abstract double totalDemand();
}
