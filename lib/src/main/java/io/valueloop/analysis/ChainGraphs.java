package io.valueloop.analysis;

import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/** Views of a chain shared by the analyses: JGraphT graphs over actor indices, inputs, producers, consumers. */
final class ChainGraphs {
  /** How many actor ids an error message names before it abbreviates. */
  private static final int IDS_IN_MESSAGE = 10;

  private ChainGraphs() {}

  /**
   * Returns a simple directed graph whose vertices are the actor indices {@code 0..n-1} (in that order) and
   * whose edges are the indices of flows of the given kinds. Where several such flows join the same ordered
   * pair of actors, the edge is the first of them, so that every loop of actors is one simple cycle.
   *
   * @param chain the chain
   * @param kinds the kinds of flows to include
   * @param selfLoops whether self-flows are kept (goods self-flows only exist)
   * @return a new mutable graph, owned by the caller
   */
  static Graph<Integer, Integer> directed(ValueChain chain, Set<FlowKind> kinds, boolean selfLoops) {
    Graph<Integer, Integer> graph = GraphTypeBuilder.<Integer, Integer>directed()
        .allowingMultipleEdges(false)
        .allowingSelfLoops(selfLoops)
        .weighted(false)
        .buildGraph();
    for (int a = 0; a < chain.actorCount(); a++) {
      graph.addVertex(a);
    }
    for (int f = 0; f < chain.flowCount(); f++) {
      int source = chain.source(f);
      int target = chain.target(f);
      if (kinds.contains(chain.kind(f)) && (source != target || selfLoops)) {
        // A simple graph ignores a second edge between the same pair, which keeps the first flow.
        graph.addEdge(source, target, f);
      }
    }
    return graph;
  }

  /** Returns the name of the input that goods flow {@code flow} supplies: its own, or the seller's role letter. */
  static String input(ValueChain chain, int flow) {
    GoodsTerms goods = (GoodsTerms) chain.terms(flow);
    return goods.inputName(chain.actor(chain.source(flow)).role());
  }

  /** Returns whether flow {@code flow} moves goods between two different actors. */
  static boolean isGoodsBetweenActors(ValueChain chain, int flow) {
    return chain.kind(flow) == FlowKind.GOODS && chain.source(flow) != chain.target(flow);
  }

  /**
   * Returns, per actor index, whether the actor is a producer: it receives no goods from another actor but
   * ships goods to one.
   */
  static boolean[] producers(ValueChain chain) {
    int n = chain.actorCount();
    boolean[] receives = new boolean[n];
    boolean[] ships = new boolean[n];
    for (int f = 0; f < chain.flowCount(); f++) {
      if (isGoodsBetweenActors(chain, f)) {
        ships[chain.source(f)] = true;
        receives[chain.target(f)] = true;
      }
    }
    boolean[] producers = new boolean[n];
    for (int a = 0; a < n; a++) {
      producers[a] = ships[a] && !receives[a];
    }
    return producers;
  }

  /** Returns the final demand of all consumer segments (role C), in units per tick. */
  static double consumerDemand(ValueChain chain) {
    double total = 0;
    for (int a = 0; a < chain.actorCount(); a++) {
      if (chain.actor(a).role() == Role.C) {
        total += chain.actor(a).demand();
      }
    }
    return total;
  }

  /** Returns the ids of the given actors, abbreviated after a few, for error messages. */
  static String ids(ValueChain chain, List<Integer> actors) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(actors.size(), IDS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : ", ").append(chain.actor(actors.get(i)).id());
    }
    if (actors.size() > shown) {
      text.append(", ... (").append(actors.size()).append(" actors)");
    }
    return text.toString();
  }
}
