package io.valueloop.model;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.EnumMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The JGraphT views of one {@link ValueChain}: the whole chain and one per flow kind, each built on first use and
 * cached, so that a chain of millions of flows costs nothing for a graph nobody asks for. Thread-safe.
 */
final class ChainGraphs {
  private final ValueChain chain;
  private final Supplier<Graph<String, Flow>> all;
  private final Map<FlowKind, Supplier<Graph<String, Flow>>> byKind = new EnumMap<>(FlowKind.class);

  ChainGraphs(ValueChain chain) {
    this.chain = chain;
    this.all = Suppliers.memoize(() -> build(null));
    for (FlowKind kind : FlowKind.values()) {
      byKind.put(kind, Suppliers.memoize(() -> build(kind)));
    }
  }

  /** Returns the view of every flow. */
  Graph<String, Flow> all() {
    return all.get();
  }

  /** Returns the view of the flows of one kind, with every actor as a vertex. */
  Graph<String, Flow> of(FlowKind kind) {
    return byKind.get(kind).get();
  }

  /** Builds a read-only directed pseudograph of the flows of a kind, or of all flows when {@code kind} is null. */
  private Graph<String, Flow> build(FlowKind kind) {
    Graph<String, Flow> g = GraphTypeBuilder.<String, Flow>directed()
        .allowingMultipleEdges(true)
        .allowingSelfLoops(true)
        .weighted(false)
        .buildGraph();
    for (int a = 0; a < chain.actorCount(); a++) {
      g.addVertex(chain.actor(a).id());
    }
    for (int f = 0; f < chain.flowCount(); f++) {
      if (kind == null || chain.kind(f) == kind) {
        Flow value = chain.flow(f);
        g.addEdge(value.source(), value.target(), value);
      }
    }
    return new AsUnmodifiableGraph<>(g);
  }
}
