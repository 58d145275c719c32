package io.valueloop.analysis;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.ValueChain;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The actors a value chain cannot do without: the articulation points of its goods network, and each actor's
 * share of consumer-facing throughput.
 *
 * <p><b>Articulation points.</b> Take the goods network as an undirected graph {@code G} (actors as vertices, a
 * goods flow between two actors as an edge, self-flows left out). An actor {@code v} is an articulation point
 * (cut vertex) when removing it leaves more connected components than {@code G} has: some of the others can
 * then no longer trade goods with each other, whichever way round. Found by the depth-first search of Hopcroft
 * and Tarjan over the arrays of the {@link CompiledChain}, with an explicit stack rather than recursion (so that
 * a line of any length is fine), in O(V + E).
 *
 * <p><b>Throughput.</b> Consumer purchases are traced upstream through goods flows by their sourcing shares:
 * each input of a buyer carries the buyer's full stream of units, split among its suppliers by share, and input
 * coefficients are ignored because the question is which consumer purchases depend on an actor. So
 * {@code t_i = d_i [i ∈ C] + Σ_{goods i→j} s_ij t_j}; a consumer segment's throughput is its own demand. The
 * throughput share is {@code t_i / D} with {@code D = Σ_{c ∈ C} d_c}: when every buyer has one input it is the
 * fraction of consumer units whose supply passes through {@code i}, in [0, 1]; an actor feeding the same
 * purchase along several inputs of a buyer counts it once per input, so its share may then exceed one. With no
 * consumer demand ({@code D = 0}) every share is 0. On an acyclic goods network the tracing is one pass in
 * reverse topological order, O(V + E). Around a goods loop a unit counts each time it passes an actor: the
 * loop's linear system is solved directly (up to 256 actors) or by sweeps to
 * {@link io.valueloop.model.Tolerance#EPSILON}, and a loop that keeps the whole stream it receives has no finite
 * answer: {@link #of(ValueChain)} then throws. An actor's own
 * use (a goods self-flow) does not count as passing again: the input's other suppliers carry all of it.
 *
 * <p>Reference: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6), 1973.
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations are compile-time only (requires static): users need not read their module.
@SuppressWarnings("exports")
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
    return of(CompiledChain.compile(Objects.requireNonNull(chain, "chain")));
  }

  /**
   * Runs the analysis on a compiled chain, for callers that compile once for several analyses.
   *
   * @param compiled the compiled chain
   * @return the articulation points and throughput of every actor
   * @throws IllegalArgumentException if the throughput tracing does not converge around a goods loop
   */
  public static CriticalActors of(CompiledChain compiled) {
    Objects.requireNonNull(compiled, "compiled");
    boolean[] cutpoint = articulationPoints(compiled);
    double[] traced = ThroughputTrace.throughput(compiled);
    ValueChain chain = compiled.chain();
    double demand = ChainGraphs.consumerDemand(chain);
    ImmutableCriticalActors.Builder result = ImmutableCriticalActors.builder().totalDemand(demand);
    for (int a = 0; a < chain.actorCount(); a++) {
      int actor = compiled.compiledIndex(a);
      String id = chain.actor(a).id();
      if (cutpoint[actor]) {
        result.addArticulationPoints(id);
      }
      result.putThroughput(id, traced[actor]);
      result.putThroughputShare(id, demand > 0 ? traced[actor] / demand : 0.0);
    }
    return result.build();
  }

  /**
   * Hopcroft–Tarjan over the goods adjacency taken both ways, with an explicit stack. A non-root {@code v} is an
   * articulation point when some DFS child {@code w} has {@code low(w) ≥ disc(v)}; a root when it has two or
   * more DFS children. Edges back to the DFS parent are skipped altogether, which is right for vertices (a
   * parallel edge would only matter for bridges).
   *
   * @return per compiled actor, whether it is an articulation point
   */
  static boolean[] articulationPoints(CompiledChain compiled) {
    Adjacency out = compiled.goods().out();
    Adjacency in = compiled.goods().in();
    int n = compiled.actorCount();
    boolean[] cutpoint = new boolean[n];
    int[] disc = new int[n];
    Arrays.fill(disc, -1);
    int[] low = new int[n];
    int[] node = new int[n];
    int[] cursor = new int[n];
    int time = 0;
    for (int root = 0; root < n; root++) {
      if (disc[root] >= 0) {
        continue;
      }
      disc[root] = low[root] = time++;
      node[0] = root;
      cursor[0] = 0;
      int top = 0;
      int rootChildren = 0;
      while (top >= 0) {
        int v = node[top];
        int outDegree = out.degree(v);
        if (cursor[top] < outDegree + in.degree(v)) {
          int i = cursor[top]++;
          int w = i < outDegree ? out.neighbor(out.start(v) + i) : in.neighbor(in.start(v) + i - outDegree);
          if (w == v || (top > 0 && w == node[top - 1])) {
            continue;
          }
          if (disc[w] < 0) {
            disc[w] = low[w] = time++;
            node[++top] = w;
            cursor[top] = 0;
            if (v == root) {
              rootChildren++;
            }
          } else {
            low[v] = Math.min(low[v], disc[w]);
          }
        } else {
          top--;
          if (top >= 0) {
            int parent = node[top];
            low[parent] = Math.min(low[parent], low[v]);
            if (parent != root && low[v] >= disc[parent]) {
              cutpoint[parent] = true;
            }
          }
        }
      }
      cutpoint[root] = rootChildren > 1;
    }
    return cutpoint;
  }

  /**
   * {@return the ids of the articulation points of the goods network taken as undirected, in actor index order}
   */
  public abstract List<String> articulationPoints();

  /**
   * {@return each actor's traced throughput: the consumer units per tick whose supply passes through it, by
   * actor id in actor index order. Every actor of the chain is a key}
   */
  public abstract Map<String, Double> throughput();

  /**
   * {@return each actor's throughput as a fraction of {@link #totalDemand()} (0 for all when that is 0), by
   * actor id in actor index order. Every actor of the chain is a key}
   */
  public abstract Map<String, Double> throughputShare();

  /** {@return the total final demand of the consumer segments (role C), in units per tick} */
  public abstract double totalDemand();
}
