package io.valueloop.model;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The object views of one {@link ValueChain}, built from its indexed accessors: flows as {@link Flow} values, actors
 * of a role, and the JGraphT graphs of the whole chain and of each flow kind, each graph built on first use and
 * cached, so that a chain of millions of flows costs nothing for a graph nobody asks for. Thread-safe.
 */
final class ChainViews {
  private final ValueChain chain;
  private final Supplier<Graph<String, Flow>> all;
  private final Map<FlowKind, Supplier<Graph<String, Flow>>> byKind = new EnumMap<>(FlowKind.class);

  ChainViews(ValueChain chain) {
    this.chain = chain;
    this.all = Suppliers.memoize(() -> build(null));
    for (FlowKind kind : FlowKind.values()) {
      byKind.put(kind, Suppliers.memoize(() -> build(kind)));
    }
  }

  /** Returns the actors with a role, in index order, as a new unmodifiable list. */
  List<Actor> actors(Role role) {
    List<Actor> selected = new ArrayList<>();
    for (int a = 0; a < chain.actorCount(); a++) {
      if (chain.actor(a).role() == role) {
        selected.add(chain.actor(a));
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /** Returns every flow in index order, as an unmodifiable list whose elements are created on access. */
  List<Flow> flows() {
    return new AbstractList<>() {
      @Override
      public Flow get(int index) {
        return chain.flow(index);
      }

      @Override
      public int size() {
        return chain.flowCount();
      }
    };
  }

  /** Returns the flows of one kind in index order, as a new unmodifiable list. */
  List<Flow> flows(FlowKind kind) {
    List<Flow> selected = new ArrayList<>();
    for (int f = 0; f < chain.flowCount(); f++) {
      if (chain.kind(f) == kind) {
        selected.add(chain.flow(f));
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /** Returns the flow of a kind from actor {@code from} to actor {@code to}, or empty if there is none. */
  Optional<Flow> flow(int from, int to, FlowKind kind) {
    for (int i = 0; i < chain.outDegree(from); i++) {
      int f = chain.outgoing(from, i);
      if (chain.target(f) == to && chain.kind(f) == kind) {
        return Optional.of(chain.flow(f));
      }
    }
    return Optional.empty();
  }

  /** Returns the graph of every flow. */
  Graph<String, Flow> graph() {
    return all.get();
  }

  /** Returns the graph of the flows of one kind, with every actor as a vertex. */
  Graph<String, Flow> graph(FlowKind kind) {
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
