package io.valueloop.analysis;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How deep a value chain is: the longest goods path from a producer to a consumer segment, and each actor's
 * tier.
 *
 * <p><b>Problem.</b> On the goods network (self-flows left out), an actor's <em>tier</em> is the number of goods
 * flows on the longest path from it down to a consumer segment (role C): consumers are tier 0, the businesses
 * selling to them tier 1, their suppliers tier 2, and so on. Taking the longest path means every goods flow runs
 * from a higher tier to a lower one, so tiers layer the chain; an actor that also sells to a lower tier directly
 * keeps its highest tier. Actors from which no goods path reaches a consumer have no tier. The chain's
 * {@link #depth()} is the highest tier, the length in flows of the longest producer-to-consumer goods path (a
 * path of maximal length always starts at a producer, an actor receiving no goods).
 *
 * <p><b>Algorithm.</b> Longest paths in a directed acyclic graph: one pass over the actors of the
 * {@link CompiledChain}, which come downstream first (a reverse topological order), O(V + E) with no recursion, so
 * a line of any length is fine. A goods loop makes "longest" unbounded; {@link #of(ValueChain)} then throws,
 * naming the loop.
 *
 * <p>Reference: T. H. Cormen, C. E. Leiserson, R. L. Rivest, C. Stein, "Introduction to Algorithms", 3rd ed.,
 * MIT Press, 2009, §24.2 (paths in directed acyclic graphs).
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations are compile-time only (requires static): users need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class ChainDepth {

  ChainDepth() {}

  /**
   * Runs the analysis on a chain.
   *
   * @param chain the chain
   * @return the depth, a longest path and every actor's tier
   * @throws IllegalArgumentException if the goods network, self-flows left out, has a loop
   */
  public static ChainDepth of(ValueChain chain) {
    return of(CompiledChain.compile(Objects.requireNonNull(chain, "chain")));
  }

  /**
   * Runs the analysis on a compiled chain, for callers that compile once for several analyses.
   *
   * @param compiled the compiled chain
   * @return the depth, a longest path and every actor's tier
   * @throws IllegalArgumentException if the goods network, self-flows left out, has a loop
   */
  public static ChainDepth of(CompiledChain compiled) {
    Objects.requireNonNull(compiled, "compiled");
    for (int c = 0; c < compiled.componentCount(); c++) {
      if (compiled.componentEnd(c) - compiled.componentStart(c) > 1) {
        throw new IllegalArgumentException("goods network must be acyclic for chain depth but was cyclic"
            + " (loop through " + ChainGraphs.ids(compiled, compiled.componentStart(c), compiled.componentEnd(c))
            + ")");
      }
    }
    int n = compiled.actorCount();
    FlowTable goods = compiled.goods();
    Adjacency out = goods.out();
    int[] tier = new int[n];
    int[] next = new int[n];
    int[] nextFlow = new int[n];
    // Compiled order is downstream first: every buyer's tier is known before its sellers'.
    for (int actor = 0; actor < n; actor++) {
      tier[actor] = compiled.role(actor) == Role.C ? 0 : -1;
      next[actor] = -1;
      nextFlow[actor] = -1;
      for (int p = out.start(actor); p < out.end(actor); p++) {
        int buyer = out.neighbor(p);
        if (buyer == actor || tier[buyer] < 0) {
          continue;
        }
        int candidate = tier[buyer] + 1;
        int flow = goods.chainFlow(p);
        if (candidate > tier[actor] || (candidate == tier[actor] && flow < nextFlow[actor])) {
          tier[actor] = candidate;
          next[actor] = buyer;
          nextFlow[actor] = flow;
        }
      }
    }
    ValueChain chain = compiled.chain();
    ImmutableChainDepth.Builder result = ImmutableChainDepth.builder();
    int top = -1;
    for (int a = 0; a < chain.actorCount(); a++) {
      int actor = compiled.compiledIndex(a);
      if (tier[actor] >= 0) {
        result.putTiers(chain.actor(a).id(), tier[actor]);
        if (tier[actor] > 0 && (top < 0 || tier[actor] > tier[top])) {
          top = actor;
        }
      }
    }
    for (int actor = top; actor >= 0; actor = next[actor]) {
      result.addLongestPath(compiled.id(actor));
    }
    return result.depth(top < 0 ? 0 : tier[top]).build();
  }

  /**
   * {@return the number of goods flows on the longest path from a producer to a consumer segment; 0 when no goods
   * reach a consumer}
   */
  public abstract int depth();

  /**
   * {@return one longest producer-to-consumer goods path, as actor ids from producer to consumer: of several, the
   * one starting at the lowest actor index and taking at each step the first flow (by index) that stays on a
   * longest path. Empty when no goods reach a consumer}
   */
  public abstract List<String> longestPath();

  /**
   * {@return each actor's tier, the number of flows on the longest goods path from it to a consumer segment, by
   * actor id in actor index order; actors from which no goods reach a consumer are not keys}
   */
  public abstract Map<String, Integer> tiers();
}
